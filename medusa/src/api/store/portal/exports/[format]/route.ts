import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CSV_LAYOUTS, ublDocument, ublFileName, type CsvLayoutName } from "@portal/integrations/accounting"
import archiver from "archiver"
import { csvStringifier } from "@portal/integrations/csv"
import { pipeline } from "node:stream/promises"
import { Readable } from "node:stream"
import { auditCustomerAction } from "../../../../../lib/access/audit"
import { accountingParties, billedCustomer } from "../../../../../lib/invoices/parties"
import { INVOICING_MODULE } from "../../../../../modules/invoicing"
import type { ExportRange } from "../../../../../modules/invoicing/repositories/accounting-export"
import type InvoicingModuleService from "../../../../../modules/invoicing/service"
import { EXPORT_FORMATS, type ExportFormat, type StoreExportAccountingType } from "../validators"

/** Purchases land here unless the customer names their own expense account. */
const DEFAULT_ACCOUNT_CODE = "300"

/**
 * Exports a date range for the customer's accounting software: Xero or QuickBooks Online CSV, or UBL 2.1 XML (one
 * file, or a zip for many). Streamed from batched queries in constant memory; X-Export-Items says how many rows or
 * files are coming so the portal can show progress. Audited.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreExportAccountingType>, res: MedusaResponse) {
  const format = req.params.format as ExportFormat
  if (!EXPORT_FORMATS.includes(format)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Export as one of: ${EXPORT_FORMATS.join(", ")}.`)
  }
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const { from, to, account_code } = req.validatedQuery
  const customer = await billedCustomer(req.scope, req.auth_context.actor_id)
  const parties = accountingParties(customer)
  const range: ExportRange = { customerId: customer.id, from, to }
  const baseName = `${customer.number}-${format.replace(/_/g, "-")}-${from}-${to}`
  await auditCustomerAction(req, { action: "export.downloaded", target_type: "export", target_id: `${format} ${from}..${to}` })
  res.setHeader("Cache-Control", "private, no-store")

  if (format === "ubl") {
    const items = await invoicing.countExportItems(range, { types: ["invoice", "credit_note"], perLine: false })
    res.setHeader("X-Export-Items", String(items))
    const documents = invoicing.exportDocuments(range, ["invoice", "credit_note"])
    if (items === 1) {
      const { value: only } = await documents.next()
      res.setHeader("Content-Type", "application/xml; charset=utf-8")
      res.setHeader("Content-Disposition", `attachment; filename="${ublFileName(only!)}"`)
      return res.send(ublDocument(only!, parties))
    }
    res.setHeader("Content-Type", "application/zip")
    res.setHeader("Content-Disposition", `attachment; filename="${baseName}.zip"`)
    const zip = archiver("zip", { zlib: { level: 6 } })
    const sent = pipeline(zip, res)
    for await (const document of documents) zip.append(ublDocument(document, parties), { name: ublFileName(document) })
    await zip.finalize()
    return sent
  }

  const layout = CSV_LAYOUTS[format as CsvLayoutName]
  const items =
    layout.kind === "payments" ? await invoicing.countExportItems(range, { payments: true }) : await invoicing.countExportItems(range, { types: layout.documentTypes, perLine: true })
  res.setHeader("X-Export-Items", String(items))
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${baseName}.csv"`)
  const options = { accountCode: account_code || DEFAULT_ACCOUNT_CODE }
  async function* rows() {
    yield layout.header
    if (layout.kind === "payments") {
      for await (const payment of invoicing.exportPayments(range)) yield* layout.rows(payment, parties)
    } else {
      for await (const document of invoicing.exportDocuments(range, layout.documentTypes)) yield* layout.rows(document, parties, options)
    }
  }
  await pipeline(Readable.from(rows()), csvStringifier(), res)
}
