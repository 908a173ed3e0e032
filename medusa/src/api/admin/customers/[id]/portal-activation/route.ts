import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { findPortalCustomer, portalCustomerById } from "../../../../../lib/access/identifier"
import { sendAccessLinkWorkflow } from "../../../../../workflows/customer-access/send-access-link"
import { updateCustomerProfileWorkflow } from "../../../../../workflows/customer-profile/update-customer-profile"
import type { AdminSendPortalActivationType } from "./validators"

/** The customer's portal sign-in state, for the widget on the customer page. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customer = await portalCustomerById(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), req.params.id!)
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This customer has no OrderFlow customer number, so no portal sign-in.")
  const [identity] = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ provider: "portal", entity_id: customer.customer_number }, { select: ["provider_metadata"] })
  res.json({ customer_number: customer.customer_number, email: customer.email, activated: typeof identity?.provider_metadata?.password === "string" })
}

/**
 * Staff send an activation link, optionally to a corrected address first (saved as the customer's email and
 * queued for OrderFlow like a customer's own change). An activated customer gets a password-reset link instead.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSendPortalActivationType>, res: MedusaResponse) {
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const customer = await portalCustomerById(knex, req.params.id!)
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This customer has no OrderFlow customer number, so no portal sign-in.")
  const email = req.validatedBody.email
  if (email && email !== customer.email?.toLowerCase()) {
    const owner = await findPortalCustomer(knex, email)
    if (owner && owner.id !== customer.id) throw new MedusaError(MedusaError.Types.CONFLICT, `${email} is already the email of customer ${owner.customer_number}.`)
    const [staff] = await req.scope.resolve(Modules.USER).listUsers({ id: req.auth_context.actor_id }, { select: ["email"] })
    await updateCustomerProfileWorkflow(req.scope).run({
      input: { customer_id: customer.id, customer_number: customer.customer_number, requested_by: staff?.email ?? "staff", changes: { email: { from: customer.email, to: email } } },
    })
  } else if (!customer.email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This customer has no email address on file: enter the corrected address to send the link to.")
  }
  const { result } = await sendAccessLinkWorkflow(req.scope).run({ input: { customerId: customer.id, customerNumber: customer.customer_number } })
  res.status(202).json({ sent_to: email ?? customer.email, kind: result.intent })
}
