import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REORDER_MODULE } from "../../modules/reorder"
import type ReorderModuleService from "../../modules/reorder/service"
import { mergeOrderMetadata } from "../order-metadata"

/**
 * Links reorders that staff have keyed into OrderFlow: an OrderFlow order of the same customer whose PO reference or
 * notes carry the reorder's portal reference (WEB-1042, as a whole word, so WEB-104 does not match it). Returns how
 * many were linked. Runs after each sync, so the customer sees the OrderFlow order as soon as it arrives.
 */
export async function linkEnteredReorders(container: MedusaContainer): Promise<number> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT DISTINCT ON (r.id) r.id, r.order_id, r.reference, o.ord_no, o.order_id AS erp_order_id
       FROM reorder r
       JOIN erp_order o ON o.customer_id = r.customer_id AND o.deleted_at IS NULL
        -- Keyed in after the reorder was submitted (a day's slack for clocks): this runs after every sync, so it must
        -- not scan a large customer's whole history.
        AND o.ordered_at >= r.created_at - interval '1 day'
        AND (coalesce(o.po_ref, '') ~* ('\\m' || r.reference || '\\M') OR coalesce(o.notes, '') ~* ('\\m' || r.reference || '\\M'))
      WHERE r.status = 'awaiting_entry' AND r.deleted_at IS NULL
      ORDER BY r.id, o.ordered_at`
  )
  const matches = rows as { id: string; order_id: string; reference: string; ord_no: number; erp_order_id: string | null }[]
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
  return matches.length
}
