import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { emailChangeKey, portalCustomerById } from "../../../../lib/access/identifier"
import { readLinkToken } from "../../../../lib/access/link-token"
import { requestInfo } from "../../../../lib/access/request-info"
import { AUDIT_MODULE } from "../../../../modules/audit"
import type AuditModuleService from "../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../modules/customer-access/service"
import { updateCustomerProfileWorkflow } from "../../../../workflows/customer-profile/update-customer-profile"
import type { StoreCancelEmailChangeType } from "../profile/validators"

interface CancelClaims {
  purpose: string
  customer_id: string
  change_id: string
  from: string | null
  to: string
}

const invalid = { type: "invalid_data", message: "This link is not valid. Open it again from your email." }

/**
 * "This wasn't me", from the notice sent to the old address: cancels an email change that was not confirmed yet,
 * or puts the old address back if it was. Either way every session of the account ends, since someone else was
 * signed in. Works once, without a session (the link proves the old mailbox).
 */
export async function POST(req: MedusaRequest<StoreCancelEmailChangeType>, res: MedusaResponse) {
  const { token } = req.validatedBody
  const link = readLinkToken<CancelClaims>(req, token)
  if (!link.valid) {
    if (link.expired) return res.status(410).json({ type: "link_gone", message: "This link has expired. If someone else changed your email address, contact us." })
    return res.status(400).json(invalid)
  }
  const { claims } = link
  if (claims.purpose !== "email-change-cancel" || !claims.customer_id || !claims.change_id || !claims.to) return res.status(400).json(invalid)
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const customer = await portalCustomerById(knex, claims.customer_id)
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The account of this link no longer exists.")
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  if (!(await access.consumeToken({ token, purpose: "email-change-cancel", customerId: customer.id }))) {
    return res.status(410).json({ type: "link_gone", message: "This link was already used: the change was cancelled." })
  }
  const notYetConfirmed = await access.consumeToken({ token: emailChangeKey(claims.change_id), purpose: "email-change", customerId: customer.id })
  const undo = !notYetConfirmed && customer.email?.toLowerCase() === claims.to.toLowerCase() && Boolean(claims.from)
  if (undo) {
    await updateCustomerProfileWorkflow(req.scope).run({
      input: {
        customer_id: customer.id,
        customer_number: customer.customer_number,
        requested_by: claims.from!,
        changes: { email: { from: customer.email, to: claims.from! } },
      },
    })
  }
  await req.scope.resolve(Modules.CUSTOMER).updateCustomers(customer.id, { metadata: { pending_email: null } })
  const ended = await access.endCustomerSessions(customer.id, "signed_out")
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: "profile.email_change_cancelled",
    customer_id: customer.id,
    actor: claims.from ?? null,
    target_type: "customer",
    target_id: customer.id,
    ...requestInfo(req),
    details: { to: claims.to, undone: undo, sessions_ended: ended },
  })
  res.json({
    message: undo
      ? `Your email address is ${claims.from} again, and everyone was signed out of your account. Choose a new password with “Forgot your password?” on the sign-in page.`
      : "The change was cancelled: your email address stays as it is, and everyone was signed out of your account. Choose a new password with “Forgot your password?” on the sign-in page.",
  })
}
