import type { MedusaContainer } from "@medusajs/framework/types"
import { DEMO_SSO_COMPANY } from "@portal/integrations/sso"
import { findPortalCustomer } from "../../lib/access/identifier"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The demo company's single sign-on through the identity provider `npm start` runs (DEMO_IDP_ISSUER,
 * DEMO_IDP_CLIENT_SECRET). Saved again on each seed, so a new port or secret takes effect. False: not set up.
 */
export async function seedDemoSso(container: MedusaContainer): Promise<boolean> {
  const issuer = process.env.DEMO_IDP_ISSUER
  const secret = process.env.DEMO_IDP_CLIENT_SECRET
  if (!issuer || !secret) return false
  const customer = await findPortalCustomer(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), DEMO_SSO_COMPANY.customerNumber)
  if (!customer) return false
  const existing = await container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).sso.byCustomer(customer.id)
  await container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).saveSsoConnection(customer.id, {
    displayName: DEMO_SSO_COMPANY.displayName,
    issuerUrl: issuer,
    clientId: DEMO_SSO_COMPANY.clientId,
    clientSecret: secret,
    allowedDomains: [DEMO_SSO_COMPANY.domain],
    defaultRole: DEMO_SSO_COMPANY.defaultRole,
    groupsClaim: "groups",
    groupRoles: [...DEMO_SSO_COMPANY.groupRoles],
    requireSso: existing?.require_sso ?? false,
    breakGlassPersonId: existing?.break_glass_person_id ?? null,
    enabled: true,
  })
  return true
}
