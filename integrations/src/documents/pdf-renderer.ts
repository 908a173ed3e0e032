import pdfmake from "pdfmake"
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces"
import type { BusinessDocument, DocumentColumn, DocumentRenderer, DocumentWatermark } from "./types.js"

// PDFs use the standard PDF fonts: nothing to embed or download, and text stays extractable (pdftotext).
const STANDARD_FONTS = { normal: "Helvetica", bold: "Helvetica-Bold", italics: "Helvetica-Oblique", bolditalics: "Helvetica-BoldOblique" }
pdfmake.setFonts({ Helvetica: STANDARD_FONTS })
// Documents never fetch images or files named inside their content; only the standard fonts' names pass.
const standardFontNames = new Set<string>(Object.values(STANDARD_FONTS))
pdfmake.setUrlAccessPolicy(() => false)
pdfmake.setLocalAccessPolicy((name) => standardFontNames.has(name))

const BRAND = "#1f6b4f"

function partyBlock(heading: string, party: BusinessDocument["recipient"], extra: string[] = []): Content {
  return {
    stack: [
      { text: heading, style: "label" },
      { text: party.name, bold: true },
      ...[...party.lines, ...extra].filter(Boolean).map((line) => ({ text: line })),
    ],
  }
}

/** Table cells: plain strings where left-aligned, since every style object on 1,000 rows costs layout time. */
function tableBody(columns: DocumentColumn[], rows: string[][]): TableCell[][] {
  const header: TableCell[] = columns.map((column) => ({ text: column.header, style: "tableHeader", alignment: column.align ?? "left" }))
  const rightAligned = columns.map((column) => column.align === "right")
  return [header, ...rows.map((row) => row.map((cell, index): TableCell => (rightAligned[index] ? { text: cell, alignment: "right" } : cell)))]
}

function definitionOf(document: BusinessDocument, watermark?: DocumentWatermark): TDocumentDefinitions {
  return {
    pageSize: "A4",
    pageMargins: [40, 48, 40, 64],
    info: { title: `${document.title} ${document.number}`, author: document.seller.name, subject: document.title },
    defaultStyle: { font: "Helvetica", fontSize: 9, lineHeight: 1.15 },
    watermark: watermark ? { text: watermark.text, color: "#9aa5a0", opacity: 0.18, bold: true, fontSize: 22, angle: -35 } : undefined,
    footer: (currentPage, pageCount) => ({
      margin: [40, 12, 40, 0],
      fontSize: 7,
      color: "#56615b",
      stack: [
        ...(watermark ? [{ text: watermark.text }] : []),
        { text: `${document.title} ${document.number} · ${document.seller.name} · page ${currentPage} of ${pageCount}` },
      ],
    }),
    content: [
      {
        columns: [
          { text: document.seller.name, style: "seller" },
          { stack: [{ text: document.title.toUpperCase(), style: "title" }, { text: document.number, style: "number" }], alignment: "right" },
        ],
      },
      { canvas: [{ type: "line", x1: 0, y1: 4, x2: 515, y2: 4, lineWidth: 1.5, lineColor: BRAND }], margin: [0, 4, 0, 12] },
      {
        columns: [
          partyBlock("From", document.seller, document.seller.vatNumber ? [`VAT number ${document.seller.vatNumber}`] : []),
          partyBlock("To", document.recipient),
          {
            table: { widths: ["auto", "*"], body: document.facts.map(([label, value]) => [{ text: label, style: "label" }, { text: value }]) },
            layout: "noBorders",
          },
        ],
        columnGap: 16,
        margin: [0, 0, 0, 16],
      },
      {
        table: { headerRows: 1, widths: document.columns.map((column) => column.width ?? "auto"), body: tableBody(document.columns, document.rows) },
        layout: {
          hLineWidth: (row: number) => (row === 1 ? 1 : 0.4),
          vLineWidth: () => 0,
          hLineColor: () => "#c9d1cc",
          fillColor: (row: number) => (row === 0 ? "#e3f1ea" : null),
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
      },
      {
        table: {
          widths: ["*", "auto"],
          body: document.totals.map(([label, value], index) => {
            const last = index === document.totals.length - 1
            return [
              { text: label, alignment: "right", bold: last },
              { text: value, alignment: "right", bold: last },
            ]
          }),
        },
        layout: "noBorders",
        margin: [0, 8, 0, 0],
      },
      ...(document.sections ?? []).flatMap((section): Content[] => [
        { text: section.title, bold: true, margin: [0, 14, 0, 4] },
        {
          table: {
            headerRows: 1,
            widths: section.columns.map((column) => column.width ?? "*"),
            body: tableBody(section.columns, section.rows),
          },
          layout: "lightHorizontalLines",
        },
      ]),
      ...(document.notes ?? []).map((note): Content => ({ text: note, margin: [0, 10, 0, 0], color: "#333" })),
    ],
    styles: {
      seller: { fontSize: 13, bold: true, color: BRAND },
      title: { fontSize: 14, bold: true },
      number: { fontSize: 11 },
      label: { color: "#56615b", fontSize: 8 },
      tableHeader: { bold: true, fontSize: 8 },
    },
  }
}

/** Renders business documents as PDF with pdfmake. */
export const pdfDocumentRenderer: DocumentRenderer = {
  async render(document, watermark) {
    return Buffer.from(await pdfmake.createPdf(definitionOf(document, watermark)).getBuffer())
  },
}
