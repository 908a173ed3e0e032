import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { ticketViewer } from "./viewer"

/** The ticket of the route's `:id` when the person may read it; a 404 otherwise, the same as for no such ticket. */
export async function visibleTicketId(req: MedusaRequest): Promise<string> {
  const id = req.params.id ?? ""
  const found = /^tkt_[0-9A-Za-z]{1,40}$/.test(id) ? await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).queries.visibleTicketId(await ticketViewer(req), id) : null
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "That question was not found among the ones you can see.")
  return found
}

/** How a person signs their messages: their name, else their email. */
export async function authorNameOf(container: MedusaContainer, personId: string): Promise<string> {
  const person = await container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.personById(personId)
  return person?.full_name || person?.email || "Customer"
}
