import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../modules/orderflow-sync/service"

/** GET /admin/orderflow/sync-health: how current the portal is with OrderFlow, for staff. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const sync = req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const cursors = await sync.listSyncCursors({}, { order: { stream: "ASC" } })
  const [[, customers], [, orders], [, shipments], [, documents], [, payments]] = await Promise.all([
    sync.listAndCountErpCustomers({}, { take: 1 }),
    sync.listAndCountErpOrders({}, { take: 1 }),
    sync.listAndCountErpShipments({}, { take: 1 }),
    invoicing.listAndCountInvoices({}, { take: 1 }),
    invoicing.listAndCountPayments({}, { take: 1 }),
  ])
  const run = cursors.find((cursor) => cursor.stream === "sync")
  const reconciliation = cursors.find((cursor) => cursor.stream === "reconcile")
  const lastSuccess = run?.last_success_at ? new Date(run.last_success_at) : null
  res.json({
    last_successful_sync: lastSuccess?.toISOString() ?? null,
    lag_seconds: lastSuccess ? Math.round((Date.now() - lastSuccess.getTime()) / 1000) : null,
    last_error: run?.last_error ?? null,
    last_error_at: run?.last_error_at ?? null,
    rows: { customers, orders, shipments, documents, payments },
    streams: cursors
      .filter((cursor) => !["sync", "reconcile"].includes(cursor.stream))
      .map((cursor) => ({ stream: cursor.stream, position: cursor.last_upd, rows_applied: Number(cursor.rows_applied), last_success_at: cursor.last_success_at })),
    reconciliation: reconciliation
      ? { last_clean_at: reconciliation.last_success_at, last_problem: reconciliation.last_error, last_problem_at: reconciliation.last_error_at }
      : null,
  })
}
