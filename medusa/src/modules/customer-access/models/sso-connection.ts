import { model } from "@medusajs/framework/utils"
import { ACCOUNT_ROLES } from "@portal/integrations/roles"

/**
 * A company's own identity provider (OpenID Connect), set up by staff for one customer account. People whose
 * verified email is in one of its domains sign in there; the first time, they join the account with the role their
 * groups map to, else the default role.
 */
export const SsoConnection = model
  .define("sso_connection", {
    id: model.id({ prefix: "sso" }).primaryKey(),
    /** One connection per account. */
    customer_id: model.text(),
    /** What the sign-in button says: "Continue with <display_name>". */
    display_name: model.text(),
    issuer_url: model.text(),
    client_id: model.text(),
    /** AES-256-GCM with the key from SSO_SECRET_KEY (see lib/sso/secret-box); never answered by any route. */
    client_secret_sealed: model.text(),
    /** Lower-cased email domains; a domain belongs to at most one connection. */
    allowed_domains: model.json(),
    default_role: model.enum([...ACCOUNT_ROLES]),
    /** The id_token claim with the person's groups. */
    groups_claim: model.text().default("groups"),
    /** `{ group, role }[]`: the first group the person is in decides their role. */
    group_roles: model.json(),
    /** Password sign-in is refused for the domains' people, except the break-glass Admin. */
    require_sso: model.boolean().default(false),
    break_glass_person_id: model.text().nullable(),
    enabled: model.boolean().default(true),
  })
  .indexes([{ on: ["customer_id"], unique: true }])
