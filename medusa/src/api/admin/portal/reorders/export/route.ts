import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { centsToDecimalString } from "@portal/integrations"
import { csvStringifier } from "@portal/integrations/csv"
import { johannesburgDay } from "@portal/integrations/locale"
import { reorderSheets } from "../../../../../lib/orders/reorder-sheets"
import type { AdminListReordersType } from "../validators"

/** The queue as CSV, one row per line, in the order staff key them into OrderFlow (opens in a spreadsheet). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReordersType>, res: MedusaResponse) {
  const sheets = await reorderSheets(req.scope, { status: req.validatedQuery.status }, 5000)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="reorders-${req.validatedQuery.status}-${johannesburgDay()}.csv"`)
  const csv = csvStringifier({
    header: true,
    columns: ["reference", "submitted_at", "customer_number", "customer", "po_reference", "notes", "deliver_to", "sku", "description", "quantity", "unit_price"],
  })
  csv.pipe(res)
  for (const sheet of sheets) {
    for (const line of sheet.lines) {
      csv.write([sheet.reference, new Date(sheet.created_at).toISOString(), sheet.cust_no, sheet.customer_name, sheet.po_ref, sheet.notes, sheet.shipping_address, line.sku, line.title, line.quantity, centsToDecimalString(line.unit_price_cents)])
    }
  }
  csv.end()
}
