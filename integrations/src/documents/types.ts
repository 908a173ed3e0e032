/**
 * A business document as the portal prints it: an order confirmation, a tax invoice, a credit note or a statement.
 * Values arrive formatted (rands, Johannesburg dates), so the PDF shows exactly what the portal shows.
 */
export interface DocumentParty {
  name: string
  lines: string[]
}

export interface DocumentColumn {
  header: string
  align?: "left" | "right"
  /** A pdfmake column width: "*" takes the remaining space, "auto" fits the content. */
  width?: "*" | "auto" | number
}

export interface BusinessDocument {
  /** "Order confirmation", "Tax invoice", "Credit note", "Statement". */
  title: string
  number: string
  seller: DocumentParty & { vatNumber?: string }
  recipient: DocumentParty
  /** Label and value pairs beside the parties: date, PO reference, due date… */
  facts: [label: string, value: string][]
  columns: DocumentColumn[]
  rows: string[][]
  totals: [label: string, value: string][]
  /** Further small tables after the totals, such as a statement's aging. */
  sections?: DocumentSection[]
  notes?: string[]
}

export interface DocumentSection {
  title: string
  columns: DocumentColumn[]
  rows: string[][]
}

/** Who downloaded a copy and when: printed diagonally on every page and in the footer. */
export interface DocumentWatermark {
  text: string
}

export interface DocumentRenderer {
  render(document: BusinessDocument, watermark?: DocumentWatermark): Promise<Buffer>
}
