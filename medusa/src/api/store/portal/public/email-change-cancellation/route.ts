import { randomBytes } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { emailChangeKey, findPortalCustomer, portalCustomerById } from "../../../../../lib/access/identifier"
import { readLinkToken } from "../../../../../lib/access/link-token"
import { revokeAccess } from "../../../../../lib/access/revocation"
import { requestInfo } from "../../../../../lib/access/request-info"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../modules/customer-access/service"
import { updateCustomerProfileWorkflow } from "../../../../../workflows/customer-profile/update-customer-profile"
import type { StoreCancelEmailChangeType } from "../../profile/validators"

/** The periods (ms) from a change that was taken back to the moment it was: notices issued then are void. */
async function voidWindows(container: MedusaContainer, customerId: string): Promise<[number, number][]> {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["metadata"] })
  const windows: unknown = customer?.metadata?.email_change_void_windows
  return Array.isArray(windows) ? windows.filter((entry): entry is [number, number] => Array.isArray(entry) && entry.length === 2 && entry.every(Number.isFinite)) : []
}

interface CancelClaims {
  iat: number
  purpose: string
  customer_id: string
  change_id: string
  from: string | null
  to: string
}

const invalid = { type: "invalid_data", message: "This link is not valid. Open it again from your email." }

/**
 * "This wasn't me", from the notice sent to the old address: someone else knew the password and was signed in. The
 * old address comes back (whatever changes followed), every change still waiting for confirmation is void, every
 * session ends and the password stops working, so the customer chooses a new one through the restored address.
 * Works once, without a session (the link proves the old mailbox).
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
  // A notice about a change made after one that was taken back is the intruder's own: it restores nothing.
  const voided = await voidWindows(req.scope, customer.id)
  const issuedAt = (claims.iat ?? 0) * 1000
  if (voided.some(([from, until]) => issuedAt >= from && issuedAt <= until)) {
    return res.status(410).json({ type: "link_gone", message: "This change was already undone from an earlier notice." })
  }
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  if (!(await access.consumeToken({ token, purpose: "email-change-cancel", customerId: customer.id }))) {
    return res.status(410).json({ type: "link_gone", message: "This link was already used: the change was cancelled." })
  }
  // Whatever followed this change (a confirmation, further changes), the account gets this notice's address back,
  // no change still waiting for confirmation can go through, and the password that was used is of no more use.
  await access.consumeToken({ token: emailChangeKey(claims.change_id), purpose: "email-change", customerId: customer.id })
  const owner = claims.from ? await findPortalCustomer(knex, claims.from) : null
  const undo = Boolean(claims.from) && customer.email?.toLowerCase() !== claims.from!.toLowerCase() && (!owner || owner.id === customer.id)
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
  // Every notice sent since this change (to addresses the intruder chose) is void, and so is everything issued before
  // now: sign-in tokens, reset links, confirmations.
  await revokeAccess(req.scope, customer.id, { pending_email: null, email_change_void_windows: [...voided, [issuedAt, Date.now()]].slice(-10) })
  const scrambled = await req.scope.resolve(Modules.AUTH).updateProvider("portal", { entity_id: customer.customer_number, password: randomBytes(32).toString("base64url") })
  const ended = await access.endCustomerSessions(customer.id, "password_changed")
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: "profile.email_change_cancelled",
    customer_id: customer.id,
    actor: claims.from ?? null,
    target_type: "customer",
    target_id: customer.id,
    ...requestInfo(req),
    details: { to: claims.to, undone: undo, sessions_ended: ended, password_reset: scrambled.success },
  })
  const address = undo ? `Your email address is ${claims.from} again` : "The change was cancelled and your email address stays as it is"
  const password = scrambled.success ? "its password no longer works: choose a new one" : "please choose a new password"
  res.json({ message: `${address}. Everyone was signed out of your account and ${password} with “Forgot your password?” on the sign-in page.` })
}
