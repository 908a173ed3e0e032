import type { MedusaContainer } from "@medusajs/framework/types"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"

/** Answers support starts from on day one; staff edit or remove them. Only when there are none yet. */
const STARTERS = [
  {
    title: "Damaged goods: replacement on the way",
    body: "Thank you for the photos, and sorry the goods arrived damaged. We are sending replacements with your next delivery and crediting the damaged items; the credit note will appear under Invoices in the portal.",
  },
  {
    title: "Late delivery: new date",
    body: "Sorry for the wait. The carrier now expects to deliver on [date]. You can follow it under Orders with the waybill link. We will tell you if anything changes.",
  },
  {
    title: "Invoice query: checking",
    body: "Thank you for pointing this out. We are checking the invoice against the order and delivery note and will come back to you within one working day.",
  },
  {
    title: "Asking for a photo",
    body: "Could you send us a photo of the items and of the delivery note? Reply to this email with them attached, or add them to the question in the portal.",
  },
]

export async function seedSavedReplies(container: MedusaContainer): Promise<number> {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const [, count] = await support.listAndCountSavedReplies({}, { take: 1 })
  if (count > 0) return 0
  await support.createSavedReplies(STARTERS)
  return STARTERS.length
}
