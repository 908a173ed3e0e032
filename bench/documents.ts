import { Writable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { sellerBankAccount } from "@portal/integrations/payments"
import { ublDocument, ublFileName, type AccountingDocument, type AccountingParties } from "@portal/integrations/accounting"
import { pdfDocumentRenderer, downloadWatermark } from "@portal/integrations/documents"
import archiver from "archiver"
import { invoiceDocument } from "../medusa/src/lib/invoices/invoice-document"
import type { DocumentDetail } from "../integrations/src/invoice-status"
import { statementDocument, type Statement, type StatementEntry } from "../medusa/src/lib/invoices/statement"

/**
 * `npm run bench:documents`: the document service in process, with the portal's own templates. Invoice PDF render
 * p50/p95 (target p95 ≤ 100 ms), a 1,000-line statement PDF (target ≤ 1 s), and a 12-month UBL export (zip) for the
 * largest bench customer's volume (5,000 orders in 24 months ≈ 2,500 invoices a year), with peak RSS.
 */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
let peakRss = 0
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss))

function invoice(number: number, lines: number): DocumentDetail {
  const rows = Array.from({ length: lines }, (_, index) => ({
    line_no: index + 1,
    sku: `FD-${1000 + index}`,
    description: `Sunflower oil 5 l, case of 4 (${index + 1})`,
    quantity: 1 + (index % 7),
    unit_price_cents: 18_999 + index,
    vat_rate_percent: 15,
    line_total_cents: (1 + (index % 7)) * (18_999 + index),
  }))
  const sub = rows.reduce((sum, row) => sum + row.line_total_cents, 0)
  const vat = Math.round(sub * 0.15)
  return {
    number: `INV${String(number).padStart(7, "0")}`, type: "invoice", ord_no: 100_000 + number, credited_invoice_number: null, issue_date: "2026-10-01", due_date: "2026-10-31",
    currency_code: "zar", sub_total_cents: sub, vat_total_cents: vat, total_cents: sub + vat, paid_cents: 0, credited_cents: 0, outstanding_cents: sub + vat, status: "pending",
    lines: rows, payments: [], credit_notes: [], credited_invoice: null, order: { ord_no: 100_000 + number, visible: true },
  }
}

const customer = { id: "cus_bench", number: "C0001001", name: "Fresh Corner Supermarket", vatNumber: "4999999999", email: null, addressLines: ["1 Main Road", "Pretoria 0002"] }

export default async function documentsBenchmark() {
  const watermark = downloadWatermark({ number: customer.number, name: customer.name })
  await pdfDocumentRenderer.render(invoiceDocument(invoice(1, 8), customer), watermark) // warm-up: fonts and modules
  const timings: number[] = []
  for (let run = 0; run < 200; run++) {
    const started = performance.now()
    await pdfDocumentRenderer.render(invoiceDocument(invoice(run, 4 + (run % 20)), customer), watermark)
    timings.push(performance.now() - started)
    sampleRss()
  }
  timings.sort((a, b) => a - b)
  console.log(`invoice PDF (4–23 lines, 200 renders): p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms (target p95 ≤ 100 ms)`)

  let balance = 0
  const entries: StatementEntry[] = Array.from({ length: 1_000 }, (_, index) => {
    const isPayment = index % 3 === 2
    const amount = 150_000 + index * 37
    balance += isPayment ? -amount : amount
    return {
      date: `2026-${String(1 + Math.floor(index / 91)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`,
      kind: isPayment ? "payment" : "invoice", reference: isPayment ? `EFT ${index}` : `INV${String(index).padStart(7, "0")}`,
      description: isPayment ? "Payment (EFT)" : `Invoice for order ${100_000 + index}`, debit_cents: isPayment ? 0 : amount, credit_cents: isPayment ? amount : 0, balance_cents: balance,
    }
  })
  const statement: Statement = {
    customer_number: customer.number, customer_name: customer.name, from: "2026-01-01", to: "2026-10-31", opening_balance_cents: 0, entries,
    debit_total_cents: entries.reduce((sum, entry) => sum + entry.debit_cents, 0), credit_total_cents: entries.reduce((sum, entry) => sum + entry.credit_cents, 0),
    closing_balance_cents: balance, aging: { current_cents: balance, days_1_30_cents: 0, days_31_60_cents: 0, days_61_90_cents: 0, over_90_cents: 0, unallocated_cents: 0 },
  }
  const statementTimings: number[] = []
  let statementBytes = 0
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    statementBytes = (await pdfDocumentRenderer.render(statementDocument(statement), watermark)).length
    statementTimings.push(performance.now() - started)
    sampleRss()
  }
  const [firstStatement] = statementTimings
  statementTimings.sort((a, b) => a - b)
  console.log(
    `statement PDF, 1,000 lines (5 renders): first ${firstStatement!.toFixed(0)} ms, median ${percentile(statementTimings, 50).toFixed(0)} ms, ` +
      `worst ${statementTimings.at(-1)!.toFixed(0)} ms, ${(statementBytes / 1024).toFixed(0)} KiB (target ≤ 1 s)`,
  )

  const parties: AccountingParties = { seller: { name: "Highveld Wholesale Foods (Pty) Ltd", addressLines: ["12 Depot Road"], vatNumber: "4123456789", bank: sellerBankAccount() }, customer }
  const documents: AccountingDocument[] = Array.from({ length: 2_500 }, (_, index) => {
    const detail = invoice(index, 3 + (index % 12))
    return {
      type: "invoice", number: detail.number, issueDate: "2026-10-01", dueDate: "2026-10-31", orderNumber: detail.ord_no, creditedInvoiceNumber: null, currency: "ZAR",
      subTotalCents: detail.sub_total_cents, vatCents: detail.vat_total_cents, totalCents: detail.total_cents,
      lines: detail.lines.map((line) => ({ lineNo: line.line_no, sku: line.sku, description: line.description, qtyMilli: line.quantity * 1000, unitPriceCents: line.unit_price_cents, vatRateBasisPoints: 1500, lineTotalCents: line.line_total_cents })),
    }
  })
  let bytes = 0
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => ((bytes += chunk.length), sampleRss(), done()) })
  const exportStarted = performance.now()
  const zip = archiver("zip", { zlib: { level: 6 } })
  const written = pipeline(zip, sink)
  for (const document of documents) zip.append(ublDocument(document, parties), { name: ublFileName(document) })
  await zip.finalize()
  await written
  console.log(`UBL export, 12 months (2,500 invoices): ${((performance.now() - exportStarted) / 1000).toFixed(1)} s, ${(bytes / 1024 / 1024).toFixed(1)} MiB zip`)
  console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`)
}
