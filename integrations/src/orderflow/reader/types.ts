/**
 * OrderFlow rows as the portal reads them. Money is in integer cents, times are UTC instants (converted from
 * the ERP's Johannesburg wall clock), dates stay 'YYYY-MM-DD' calendar dates.
 */
export type ErpOrderStatus = "DR" | "PE" | "CF" | "PR" | "PK" | "SH" | "DL" | "CN" | "HD"

export interface ErpCustomer {
  custNo: string
  name: string
  segment: "R" | "H" | "E" | "I"
  /** Trimmed and lower-cased; null when missing or not an address. */
  email: string | null
  phone: string | null
  vatNo: string | null
  creditLimitCents: number
  termsDays: number
  active: boolean
  lastUpd: string
}

export interface ErpAddress {
  addrId: number
  custNo: string
  type: "B" | "D"
  line1: string
  line2: string | null
  city: string
  province: string | null
  postalCode: string | null
  country: string
  isDefault: boolean
}

export interface ErpProduct {
  sku: string
  /** The product's current description; order lines keep the one they had (quirk 9). */
  descr: string
  uom: string
  /** Price excluding VAT. */
  unitPriceCents: number
  /** VAT in hundredths of a percent (1500 = 15 %). */
  vatRateBasisPoints: number
  /** Discontinued products stay with active_flag 'N' (quirk 10). */
  active: boolean
  lastUpd: string
}

export interface ErpOrderLine {
  lineNo: number
  sku: string
  descr: string
  /** Quantities in thousandths, as NUMERIC(10,3) stores them. */
  qtyMilli: number
  qtyShippedMilli: number
  uom: string
  unitPriceCents: number
  /** Discount in hundredths of a percent (250 = 2.5 %). */
  discBasisPoints: number
  lineTotalCents: number
}

export interface ErpOrder {
  ordNo: number
  custNo: string
  orderedAt: Date
  status: ErpOrderStatus
  poRef: string | null
  deliveryAddrId: number | null
  requestedDate: string | null
  promisedDate: string | null
  subTotalCents: number
  vatCents: number
  totalCents: number
  currency: string
  notes: string | null
  /** The ERP's change marker, exactly as stored (Johannesburg wall clock). */
  lastUpd: string
  lines: ErpOrderLine[]
}

export interface ErpStatusChange {
  histId: number
  ordNo: number
  status: ErpOrderStatus
  changedAt: Date
  changedBy: string
  remark: string | null
}

export interface ErpShipment {
  shipId: number
  ordNo: number
  carrier: string
  waybill: string | null
  shippedAt: Date | null
  etaDate: string | null
  deliveredAt: Date | null
  podName: string | null
  lastUpd: string
}

export interface ErpDocumentLine {
  lineNo: number
  sku: string | null
  descr: string
  qtyMilli: number
  unitPriceCents: number
  vatRateBasisPoints: number
  lineTotalCents: number
}

export interface ErpDocument {
  invNo: string
  docType: "IN" | "CR"
  custNo: string
  ordNo: number | null
  origInvNo: string | null
  invoiceDate: string
  dueDate: string
  subTotalCents: number
  vatCents: number
  totalCents: number
  currency: string
  status: "O" | "P" | "V"
  lastUpd: string
  lines: ErpDocumentLine[]
}

export interface ErpAllocation {
  txnId: number
  invNo: string
  amountCents: number
  allocDate: string
}

export interface ErpPayment {
  txnId: number
  custNo: string
  date: string
  method: string
  ref: string | null
  amountCents: number
  lastUpd: string
  allocations: ErpAllocation[]
}

/** One page of changed rows and where the next page starts. */
export interface ChangePage<T> {
  rows: T[]
  /** The last row's (last_upd, key): pass it back to read the next page; null when this page was the last. */
  next: ChangeCursor | null
  /** The last row read, when rows were read but left out of `rows` (see OrderFlowReader.orders' `skip`). */
  last?: ChangeCursor | null
}

export interface ChangeCursor {
  lastUpd: string
  key: string
}

/** Per-customer figures for reconciliation, in cents; void documents are left out as they are of balances. */
export interface CustomerFigures {
  custNo: string
  ordersByStatus: Record<string, number>
  orderTotalCents: number
  invoiceTotalCents: number
  creditTotalCents: number
  paymentTotalCents: number
  /** Invoices less credit notes less payments: what the customer owes (negative: in credit). */
  balanceCents: number
}
