import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { requestInfo } from "../../../../../lib/access/request-info"
import { discoveredConfiguration, isLoopbackIssuer } from "../../../../../lib/sso/discovery"
import { ssoConnectionView, ssoRegistration } from "../../../../../lib/sso/connection-view"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../modules/customer-access/service"
import type { AdminSaveSsoConnectionType } from "./validators"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

async function customerOrNotFound(req: AuthenticatedMedusaRequest, id: string) {
  const [customer] = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id }, { select: ["id"] })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${id} was not found`)
}

/** The customer's single sign-on, as staff see it (never the client secret), with the addresses to register. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await customerOrNotFound(req, req.params.id!)
  const connection = await req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).sso.byCustomer(req.params.id!)
  res.json({ sso_connection: connection ? ssoConnectionView(connection) : null, registration: ssoRegistration() })
}

/**
 * Sets up (or changes) the customer's identity provider. Refused with a message: an issuer that is not HTTPS (plain
 * HTTP only on this machine) or does not answer discovery with this client, a domain another company's sign-in
 * already has, "require SSO" without a break-glass Admin, or a break-glass person who is not an Admin here.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSaveSsoConnectionType>, res: MedusaResponse) {
  const customerId = req.params.id!
  await customerOrNotFound(req, customerId)
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const body = req.validatedBody
  const issuer = new URL(body.issuer_url)
  if (issuer.protocol !== "https:" && !(issuer.protocol === "http:" && isLoopbackIssuer(issuer))) throw invalid("The issuer must be an https:// address.")
  const domains = [...new Set(body.allowed_domains)]
  const taken = await access.sso.domainsTakenElsewhere(customerId, domains)
  if (taken.length) throw invalid(`${taken.join(", ")} already signs in through another company's identity provider. A domain can belong to one company only.`)
  if (body.require_sso && !body.break_glass_person_id) {
    throw invalid("Name a break-glass Admin before requiring single sign-on, so the company can still get in when its identity provider is down.")
  }
  if (body.break_glass_person_id) {
    const member = (await access.team.listMembers(customerId)).find((candidate) => candidate.person_id === body.break_glass_person_id)
    if (member?.role !== "admin") throw invalid("The break-glass person must be an Admin of this account.")
  }
  const existing = await access.sso.byCustomer(customerId)
  if (!existing && !body.client_secret) throw invalid("Enter the client secret the identity provider gave the portal.")
  const secret = body.client_secret ?? access.ssoClientSecret(existing!)
  try {
    await discoveredConfiguration({
      id: `check-${customerId}`,
      issuer_url: issuer.href,
      client_id: body.client_id,
      client_secret: secret,
      allowed_domains: domains,
      groups_claim: body.groups_claim,
      version: String(Date.now()),
    })
  } catch {
    throw invalid(`The issuer did not answer OpenID Connect discovery at ${new URL(".well-known/openid-configuration", issuer.href.endsWith("/") ? issuer.href : `${issuer.href}/`).href}. Check the issuer URL.`)
  }
  const saved = await access.saveSsoConnection(customerId, {
    displayName: body.display_name,
    issuerUrl: body.issuer_url,
    clientId: body.client_id,
    clientSecret: body.client_secret ?? null,
    allowedDomains: domains,
    defaultRole: body.default_role,
    groupsClaim: body.groups_claim,
    groupRoles: body.group_roles,
    requireSso: body.require_sso,
    breakGlassPersonId: body.break_glass_person_id,
    enabled: body.enabled,
  })
  const { client_secret: _secret, ...settings } = body
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: "sso.configured",
    customer_id: customerId,
    actor: `staff:${req.auth_context.actor_id}`,
    target_type: "sso_connection",
    target_id: saved.id,
    ...requestInfo(req),
    details: { ...settings, client_secret_changed: Boolean(body.client_secret), created: !existing },
  })
  res.json({ sso_connection: ssoConnectionView(saved) })
}

/** Removes the customer's single sign-on: its people sign in with passwords again (their SSO sessions end). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.params.id!
  await customerOrNotFound(req, customerId)
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const removed = await access.sso.remove(customerId)
  if (!removed) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This customer has no single sign-on set up.")
  const ended = await access.sso.endConnectionSessions(removed.id)
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: "sso.removed",
    customer_id: customerId,
    actor: `staff:${req.auth_context.actor_id}`,
    target_type: "sso_connection",
    target_id: removed.id,
    ...requestInfo(req),
    details: { issuer_url: removed.issuer_url, sessions_ended: ended },
  })
  res.json({ id: removed.id, object: "sso_connection", deleted: true, sessions_ended: ended })
}
