import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"

/**
 * OrderFlow hard-deletes abandoned drafts and marks nothing: the drafts the portal holds are compared with the
 * ERP's keys, and the ones gone there are removed here too (their status history stays, as in the ERP).
 */
export const removeDeletedDraftsStep = createStep(
  "remove-deleted-drafts",
  async (deleted: { ord_no: number; order_id: string | null }[], { container }) => {
    if (deleted.length === 0) return new StepResponse({ removed: 0 }, { erpOrderIds: [], orderIds: [] })
    const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
    const erpOrders = await sync.listErpOrders({ ord_no: deleted.map((d) => d.ord_no) }, { select: ["id"] })
    const erpOrderIds = erpOrders.map((order) => order.id)
    await sync.softDeleteErpOrders(erpOrderIds)
    const orderIds = deleted.map((d) => d.order_id).filter((id): id is string => Boolean(id))
    if (orderIds.length) await container.resolve(Modules.ORDER).softDeleteOrders(orderIds)
    return new StepResponse({ removed: deleted.length }, { erpOrderIds, orderIds })
  },
  // Soft deletes, so undoing them is restoring the same rows.
  async (removed, { container }) => {
    if (removed?.erpOrderIds.length) await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).restoreErpOrders(removed.erpOrderIds)
    if (removed?.orderIds.length) await container.resolve(Modules.ORDER).restoreOrders(removed.orderIds)
  }
)
