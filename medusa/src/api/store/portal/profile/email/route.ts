import { storefrontUrl } from "../../../../../lib/storefront-url"
import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError, Modules, generateJwtToken } from "@medusajs/framework/utils"
import { findPortalCustomer, greetingName, portalCustomerById } from "../../../../../lib/access/identifier"
import { consume, giveBack } from "../../../../../lib/access/rate-limits"
import { requestInfo, tryAgainAfter } from "../../../../../lib/access/request-info"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import type { StoreRequestEmailChangeType } from "../validators"

export const EMAIL_CHANGE_LINK_HOURS = 24
/** The "this wasn't me" link in the notice to the old address works this long, also after the change was made. */
export const EMAIL_CHANGE_CANCEL_DAYS = 7

/**
 * Asks to change the sign-in email. The current password is required (a session left open on a shared computer
 * is not enough to take the account over), the attempt counts against the sign-in limits, and changes are limited
 * per account. A confirmation link goes to the NEW address, and nothing changes until it is followed
 * (POST /store/portal/public/email-confirmation); the OLD address gets a notice with a link that cancels the change, or
 * undoes it if it was already confirmed (POST /store/portal/public/email-change-cancellation).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreRequestEmailChangeType>, res: MedusaResponse) {
  const { email, current_password: currentPassword } = req.validatedBody
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const customer = await portalCustomerById(knex, req.auth_context.actor_id)
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your account was not found.")
  const info = requestInfo(req)

  const locked = await consume(knex, [["signInFailuresPerAccount", customer.customer_number]])
  if (locked) return res.status(429).json({ type: "too_many_requests", message: `Too many wrong passwords. ${tryAgainAfter(locked)}` })
  const checked = await req.scope.resolve(Modules.AUTH).authenticate("portal", { body: { identifier: customer.customer_number, password: currentPassword } })
  if (!checked.success) {
    await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({ action: "auth.sign_in_failed", customer_id: customer.id, actor: customer.customer_number, ...info, details: { reason: "wrong_password_for_email_change" } })
    return res.status(400).json({ type: "invalid_data", code: "wrong_password", message: "That is not your current password." })
  }
  await giveBack(knex, "signInFailuresPerAccount", customer.customer_number)

  if (customer.email?.toLowerCase() === email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "That is already your email address.")
  const owner = await findPortalCustomer(knex, email)
  if (owner) throw new MedusaError(MedusaError.Types.CONFLICT, "Another account already uses that email address. Choose a different one, or contact us.")
  const tooMany = await consume(knex, [["emailChangesPerAccount", customer.customer_number]])
  if (tooMany) return res.status(429).json({ type: "too_many_requests", message: `You changed your email address several times today. ${tryAgainAfter(tooMany)}` })

  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const changeId = randomUUID()
  const token = generateJwtToken(
    { purpose: "email-change", customer_id: customer.id, email },
    { secret: http.jwtSecret!, expiresIn: EMAIL_CHANGE_LINK_HOURS * 3600, jwtOptions: { jwtid: changeId } }
  )
  const cancelToken = generateJwtToken(
    { purpose: "email-change-cancel", customer_id: customer.id, change_id: changeId, from: customer.email, to: email },
    { secret: http.jwtSecret!, expiresIn: EMAIL_CHANGE_CANCEL_DAYS * 86400, jwtOptions: { jwtid: randomUUID() } }
  )
  const storefront = storefrontUrl()
  const notifications = req.scope.resolve(Modules.NOTIFICATION)
  const shared = { name: greetingName(customer), customer_number: customer.customer_number }
  await notifications.createNotifications({
    to: email,
    channel: "email",
    template: "customer-email-confirmation",
    receiver_id: customer.id,
    data: { ...shared, link: `${storefront}/confirm-email?token=${encodeURIComponent(token)}`, valid_for: `${EMAIL_CHANGE_LINK_HOURS} hours` },
  })
  if (customer.email) {
    await notifications.createNotifications({
      to: customer.email,
      channel: "email",
      template: "customer-email-change-notice",
      receiver_id: customer.id,
      data: { ...shared, new_email: email, link: `${storefront}/cancel-email-change?token=${encodeURIComponent(cancelToken)}`, valid_for: `${EMAIL_CHANGE_CANCEL_DAYS} days` },
    })
  }
  await req.scope.resolve(Modules.CUSTOMER).updateCustomers(customer.id, { metadata: { pending_email: email } })
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: "profile.email_change_requested",
    customer_id: customer.id,
    actor: customer.customer_number,
    target_type: "customer",
    target_id: customer.id,
    ...info,
    details: { to: email },
  })
  res.status(202).json({ message: `We sent a confirmation link to ${email}. Your email address changes when you follow it.` })
}
