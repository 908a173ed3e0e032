import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import type { ExecArgs } from "@medusajs/framework/types"
import { ORDERFLOW_SYNC_MODULE } from "../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../modules/orderflow-sync/service"
import { reconcileOrderflow } from "../lib/orderflow/reconcile"
import { orderflowUrl } from "../lib/orderflow/orderflow-url"

/** `npm run orderflow:reconcile`: prints every difference between OrderFlow and the portal; fails if there is one. */
export default async function orderflowReconcile({ container }: ExecArgs) {
  const reader = new PostgresOrderFlowReader(orderflowUrl())
  try {
    const result = await reconcileOrderflow(container, reader)
    const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
    for (const d of result.discrepancies) console.log(`  ${d.subject}  ${d.figure.padEnd(17)} OrderFlow: ${d.erp}   portal: ${d.portal}`)
    const summary = `${result.customers} customers and ${result.products} products compared, ${result.discrepancies.length} discrepancies`
    console.log(summary)
    if (result.discrepancies.length > 0) {
      await sync.recordError("reconcile", summary)
      // medusa exec exits 0 unless the script throws.
      throw new Error(`Reconciliation found ${result.discrepancies.length} discrepancies`)
    }
    await sync.saveCursor("reconcile", { lastUpd: await reader.clock(), key: "" }, 0)
  } finally {
    await reader.close()
  }
}
