import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type { DeliveryEstimateRow } from "../../../modules/orderflow-sync/repositories/delivery-estimates"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"

export interface SaveDeliveryEstimatesInput {
  /** The orders estimated; null: every open order (estimates of all other orders are removed). */
  ordNos: number[] | null
  estimates: DeliveryEstimateRow[]
}

/** Replaces the orders' delivery estimates; undone by putting the previous rows back. */
export const saveDeliveryEstimatesStep = createStep(
  "save-delivery-estimates",
  async ({ ordNos, estimates }: SaveDeliveryEstimatesInput, { container }) => {
    const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
    const touched = ordNos ?? (await sync.estimatedOrderNumbers())
    const before = await sync.snapshotErpRows("erp_delivery_estimate", "ord_no", [...new Set([...touched, ...estimates.map((estimate) => estimate.ord_no)])])
    await sync.replaceDeliveryEstimates(ordNos, estimates)
    return new StepResponse({ estimated: estimates.length }, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).restoreErpRows([before])
  }
)
