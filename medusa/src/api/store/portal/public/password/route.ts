import { passwordProblem } from "@portal/integrations/identity"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { findPortalCustomer } from "../../../../../lib/access/identifier"
import { readLinkToken } from "../../../../../lib/access/link-token"
import { requestInfo } from "../../../../../lib/access/request-info"
import { accessRevokedAt, issuedBeforeRevocation, revokeAccess } from "../../../../../lib/access/revocation"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../modules/customer-access/service"
import type { StoreSetPasswordType } from "./validators"

interface LinkClaims {
  entity_id: string
  provider: string
  purpose: string
  intent: string
  jti: string
  iat: number
}

const linkGone = (message: string) => ({ type: "link_gone", message })

/**
 * Chooses a password with a one-time link (activation or reset). The password is checked before the link is
 * used up, so a refused password does not cost the customer their link. Afterwards every other session of the
 * customer ends.
 */
export async function POST(req: MedusaRequest<StoreSetPasswordType>, res: MedusaResponse) {
  const { token, password } = req.validatedBody
  const link = readLinkToken<LinkClaims>(req, token)
  if (!link.valid) {
    if (link.expired) return res.status(410).json(linkGone("This link has expired. Ask for a new one on the sign-in page."))
    return res.status(400).json({ type: "invalid_data", message: "This link is not valid. Open it again from your email, or ask for a new one." })
  }
  const { claims } = link
  if (claims.provider !== "portal" || claims.purpose !== "reset" || !claims.entity_id || !claims.jti) {
    return res.status(400).json({ type: "invalid_data", message: "This link is not valid. Open it again from your email, or ask for a new one." })
  }
  const problem = passwordProblem(password, [claims.entity_id])
  if (problem) return res.status(400).json({ type: "invalid_data", code: "weak_password", message: problem })

  const auth = req.scope.resolve(Modules.AUTH)
  try {
    await auth.consumePasswordResetToken({ jti: claims.jti, provider: "portal", entity_id: claims.entity_id })
  } catch {
    return res.status(410).json(linkGone("This link was already used, or a newer link replaced it. Ask for a new one on the sign-in page."))
  }
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const customer = claims.entity_id.includes("@") ? null : await findPortalCustomer(knex, claims.entity_id)
  if (customer && issuedBeforeRevocation(claims.iat, await accessRevokedAt(knex, customer.id), "after")) {
    return res.status(410).json(linkGone("This link is from before your password last changed. Ask for a new one on the sign-in page."))
  }
  const result = await auth.updateProvider("portal", { entity_id: claims.entity_id, password })
  if (!result.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, result.error ?? "The password could not be set.")

  // The password is the person's: every session and link they had before it ends, in every account.
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const person = await access.team.personByLogin(claims.entity_id)
  if (person) {
    await access.team.revokePersonAccess(person.id)
    await access.team.endSessions({ personId: person.id }, "password_changed")
  }
  // An account's own login (by customer number) also voids what was issued for the account before.
  if (customer) await revokeAccess(req.scope, customer.id)
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: claims.intent === "activation" ? "auth.activated" : "auth.reset_completed",
    customer_id: customer?.id ?? null,
    actor: claims.entity_id,
    person_id: person?.id ?? null,
    ...requestInfo(req),
  })
  res.status(200).json({ customer_number: claims.entity_id, message: "Your password is set. Sign in with your email or customer number." })
}
