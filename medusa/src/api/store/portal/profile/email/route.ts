import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError, Modules, generateJwtToken } from "@medusajs/framework/utils"
import { findPortalCustomer, greetingName, portalCustomerById } from "../../../../../lib/access/identifier"
import { requestInfo } from "../../../../../lib/access/request-info"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import type { StoreRequestEmailChangeType } from "../validators"

export const EMAIL_CHANGE_LINK_HOURS = 24

/**
 * Asks to change the sign-in email: a confirmation link goes to the NEW address, and nothing changes until it is
 * followed (POST /store/portal/email-confirmation).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreRequestEmailChangeType>, res: MedusaResponse) {
  const { email } = req.validatedBody
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const customer = await portalCustomerById(knex, req.auth_context.actor_id)
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your account was not found.")
  if (customer.email?.toLowerCase() === email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "That is already your email address.")
  const owner = await findPortalCustomer(knex, email)
  if (owner) throw new MedusaError(MedusaError.Types.CONFLICT, "Another account already uses that email address. Choose a different one, or contact us.")

  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = generateJwtToken(
    { purpose: "email-change", customer_id: customer.id, email },
    { secret: http.jwtSecret!, expiresIn: EMAIL_CHANGE_LINK_HOURS * 3600, jwtOptions: { jwtid: randomUUID() } }
  )
  const storefront = process.env.STOREFRONT_URL || "http://localhost:8000"
  await req.scope.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "customer-email-confirmation",
    receiver_id: customer.id,
    data: {
      name: greetingName(customer),
      customer_number: customer.customer_number,
      link: `${storefront}/confirm-email?token=${encodeURIComponent(token)}`,
      valid_for: `${EMAIL_CHANGE_LINK_HOURS} hours`,
    },
  })
  await req.scope.resolve(Modules.CUSTOMER).updateCustomers(customer.id, { metadata: { pending_email: email } })
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: "profile.email_change_requested",
    customer_id: customer.id,
    actor: customer.customer_number,
    target_type: "customer",
    target_id: customer.id,
    ...requestInfo(req),
    details: { to: email },
  })
  res.status(202).json({ message: `We sent a confirmation link to ${email}. Your email address changes when you follow it.` })
}
