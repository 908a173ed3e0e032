import type { MedusaContainer } from "@medusajs/framework/types"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import { REORDER_MODULE } from "../../modules/reorder"
import type ReorderModuleService from "../../modules/reorder/service"
import { announceAccountChanges } from "../live/account-changes"
import { mergeOrderMetadata } from "../order-metadata"

/**
 * Links reorders that staff have keyed into OrderFlow: an OrderFlow order of the same customer whose PO reference or
 * notes carry the reorder's portal reference (WEB-1042, as a whole word, so WEB-104 does not match it). Returns how
 * many were linked. Runs after each sync, so the customer sees the OrderFlow order as soon as it arrives.
 */
export async function linkEnteredReorders(container: MedusaContainer): Promise<number> {
  const awaiting = await container
    .resolve<ReorderModuleService>(REORDER_MODULE)
    .listReorders({ status: "awaiting_entry" }, { select: ["id", "order_id", "reference", "customer_id", "created_at"], take: null })
  const found = await container
    .resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
    .ordersCarryingReferences(awaiting.map((reorder) => ({ key: reorder.id, customer_id: reorder.customer_id, reference: reorder.reference, since: new Date(reorder.created_at) })))
  const byId = new Map(awaiting.map((reorder) => [reorder.id, reorder]))
  const matches = found.map((match) => ({ id: match.key, order_id: byId.get(match.key)!.order_id, reference: byId.get(match.key)!.reference, ord_no: match.ord_no, erp_order_id: match.order_id }))
  if (matches.length === 0) return 0
  const enteredAt = new Date()
  await container.resolve<ReorderModuleService>(REORDER_MODULE).updateReorders(
    matches.map((match) => ({ id: match.id, status: "entered" as const, erp_ord_no: match.ord_no, entered_at: enteredAt }))
  )
  // Staff see both orders point at each other in the Medusa admin.
  for (const match of matches) {
    await mergeOrderMetadata(container, match.order_id, { erp_entry: "entered", erp_ord_no: match.ord_no })
    if (match.erp_order_id) await mergeOrderMetadata(container, match.erp_order_id, { portal_reference: match.reference })
  }
  await announceAccountChanges(container, { customers: matches.map((match) => byId.get(match.id)!.customer_id) })
  return matches.length
}
