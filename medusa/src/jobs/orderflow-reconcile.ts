import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { ORDERFLOW_SYNC_MODULE } from "../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../modules/orderflow-sync/service"
import { reconcileOrderflow } from "../lib/orderflow/reconcile"

/** Nightly: the portal must agree with OrderFlow to the cent; the result shows in the sync-health view. */
export default async function orderflowReconcileJob(container: MedusaContainer) {
  if (!process.env.ORDERFLOW_DATABASE_URL) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const reader = new PostgresOrderFlowReader(process.env.ORDERFLOW_DATABASE_URL)
  try {
    const result = await reconcileOrderflow(container, reader)
    if (result.discrepancies.length === 0) {
      await sync.saveCursor("reconcile", { lastUpd: await reader.clock(), key: "" }, 0)
    } else {
      const summary = `${result.discrepancies.length} discrepancies, e.g. ${result.discrepancies.slice(0, 3).map((d) => `${d.subject} ${d.figure}`).join("; ")}`
      logger.warn(`OrderFlow reconciliation: ${summary}`)
      await sync.recordError("reconcile", summary)
    }
  } catch (error) {
    await sync.recordError("reconcile", error instanceof Error ? error.message : String(error))
  } finally {
    await reader.close()
  }
}

export const config = { name: "orderflow-reconcile", schedule: "0 2 * * *" }
