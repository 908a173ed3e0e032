import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { emailChangeKey, findPortalCustomer, portalCustomerById } from "../../../../../lib/access/identifier"
import { readLinkToken } from "../../../../../lib/access/link-token"
import { accessRevokedAt, issuedBeforeRevocation } from "../../../../../lib/access/revocation"
import { requestInfo } from "../../../../../lib/access/request-info"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../modules/customer-access/service"
import { updateCustomerProfileWorkflow } from "../../../../../workflows/customer-profile/update-customer-profile"
import type { StoreConfirmEmailChangeType } from "../../profile/validators"

interface EmailChangeClaims {
  purpose: string
  customer_id: string
  email: string
  jti: string
  iat: number
}

/**
 * Follows the confirmation link sent to a new address: the link itself proves the customer owns the mailbox, so
 * no session is needed (it may be opened on another device). It works once.
 */
export async function POST(req: MedusaRequest<StoreConfirmEmailChangeType>, res: MedusaResponse) {
  const { token } = req.validatedBody
  const link = readLinkToken<EmailChangeClaims>(req, token)
  if (!link.valid) {
    if (link.expired) return res.status(410).json({ type: "link_gone", message: "This confirmation link has expired. Change your email again from your profile." })
    return res.status(400).json({ type: "invalid_data", message: "This confirmation link is not valid. Open it again from your email." })
  }
  const { claims } = link
  if (claims.purpose !== "email-change" || !claims.customer_id || !claims.email || !claims.jti) {
    return res.status(400).json({ type: "invalid_data", message: "This confirmation link is not valid. Open it again from your email." })
  }
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const customer = await portalCustomerById(knex, claims.customer_id)
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The account of this link no longer exists.")
  const owner = await findPortalCustomer(knex, claims.email)
  if (owner && owner.id !== customer.id) throw new MedusaError(MedusaError.Types.CONFLICT, "Another account now uses that email address, so it cannot be yours too.")
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  // A "this wasn't me" or a new password since this link was sent voids it, as does an earlier use of it.
  if (issuedBeforeRevocation(claims.iat, await accessRevokedAt(knex, customer.id), "before")) {
    return res.status(410).json({ type: "link_gone", message: "This email change was cancelled, or your password changed since it was asked for. Change your email again from your profile." })
  }
  // Used up once, by this link or by the "this wasn't me" link sent to the old address, whichever comes first.
  if (!(await access.consumeToken({ token: emailChangeKey(claims.jti), purpose: "email-change", customerId: customer.id }))) {
    return res.status(410).json({ type: "link_gone", message: "This confirmation link was already used, or the change was cancelled from the old address." })
  }
  await updateCustomerProfileWorkflow(req.scope).run({
    input: {
      customer_id: customer.id,
      customer_number: customer.customer_number,
      requested_by: claims.email,
      changes: { email: { from: customer.email, to: claims.email } },
      audit: {
        action: "profile.email_changed",
        customer_id: customer.id,
        actor: claims.email,
        target_type: "customer",
        target_id: customer.id,
        ...requestInfo(req),
        details: { from: customer.email, to: claims.email },
      },
    },
  })
  res.json({ email: claims.email, message: `Your email address is now ${claims.email}.` })
}
