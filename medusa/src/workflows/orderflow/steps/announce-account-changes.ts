import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { announceAccountChanges } from "../../../lib/live/account-changes"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"

export interface AnnounceAccountChangesInput {
  /** The orders that changed; null: any order (a full rebuild). */
  ordNos: number[] | null
}

/**
 * Tells every server process that these orders' accounts changed, so the answers they keep for them are dropped
 * (lib/http/account-answer-cache). Writes nothing, so there is nothing to undo.
 */
export const announceAccountChangesStep = createStep("announce-account-changes", async ({ ordNos }: AnnounceAccountChangesInput, { container }) => {
  if (ordNos === null) await announceAccountChanges(container, { all: true })
  else {
    const customers = await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).customerIdsOfOrders(ordNos)
    await announceAccountChanges(container, { customers })
  }
  return new StepResponse(undefined)
})
