import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SUPPORT_CONTACT } from "../../../../../lib/access/identifier"
import { accountToActivate } from "../../../../../lib/access/people"
import { consume } from "../../../../../lib/access/rate-limits"
import { requestInfo, tryAgainAfter } from "../../../../../lib/access/request-info"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { sendAccessLinkWorkflow } from "../../../../../workflows/customer-access/send-access-link"
import type { StoreRequestActivationType } from "./validators"

/**
 * "First time here?": emails a link to choose a password to the address OrderFlow has for the account. The
 * answer is the same whether or not the account exists — except that a customer with no usable email on file is
 * told to contact support, since no email can ever reach them.
 */
export async function POST(req: MedusaRequest<StoreRequestActivationType>, res: MedusaResponse) {
  const { identifier } = req.validatedBody
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const found = await accountToActivate(req.scope, identifier)
  const customer = found?.customer ?? null
  const info = requestInfo(req)
  const until = await consume(knex, [
    ["linkRequestsPerAccount", customer?.customer_number ?? identifier.toLowerCase()],
    ["linkRequestsPerIp", info.ip ?? "unknown"],
  ])
  if (until) {
    res.setHeader("Retry-After", String(Math.ceil((until.getTime() - Date.now()) / 1000)))
    return res.status(429).json({ type: "too_many_requests", code: "locked", retry_at: until.toISOString(), message: `Too many requests for a link. ${tryAgainAfter(until)}` })
  }
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({ action: "auth.activation_requested", customer_id: customer?.id ?? null, actor: identifier, ...info })
  if (customer && !found?.contact) {
    return res.status(422).json({
      type: "not_allowed",
      code: "no_email_on_file",
      message: `We have no email address on file for customer number ${customer.customer_number}, so we cannot send you a link. Please contact ${SUPPORT_CONTACT}: we will add your address and send the link.`,
    })
  }
  if (customer) await sendAccessLinkWorkflow(req.scope).run({ input: { customerId: customer.id, customerNumber: customer.customer_number } })
  res.status(202).json({ message: "If these details match an account, we have emailed a link to choose your password. It works once; check your inbox and spam folder." })
}
