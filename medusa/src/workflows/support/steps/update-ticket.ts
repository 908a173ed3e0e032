import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { TicketRating, TicketStatus } from "@portal/integrations/support"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export interface TicketChanges {
  id: string
  status?: TicketStatus
  assignee_id?: string | null
  rating?: TicketRating
  rated_at?: Date
  resolved_at?: Date | null
  closed_at?: Date | null
}

/** Changes a ticket's fields; undone by putting the previous values back. */
export const updateTicketStep = createStep(
  "update-ticket",
  async (changes: TicketChanges, { container }) => {
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    const fields = Object.keys(changes).filter((field) => field !== "id") as (keyof TicketChanges)[]
    const before = await support.retrieveSupportTicket(changes.id, { select: ["id", ...fields] })
    const updated = await support.updateSupportTickets(changes)
    return new StepResponse(updated, before as unknown as TicketChanges)
  },
  async (before, { container }) => {
    if (before) await container.resolve<SupportModuleService>(SUPPORT_MODULE).updateSupportTickets(before)
  }
)
