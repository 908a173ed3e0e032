import { z } from "@medusajs/framework/zod"
import { ACCOUNT_ROLES } from "../../../../../lib/access/roles"

const emailDomainName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "Each allowed domain is a domain name such as example.co.za (no @, no https://).")

export const AdminSaveSsoConnection = z
  .object({
    display_name: z.string().trim().min(1, "Name the sign-in (people see “Continue with …”).").max(80),
    issuer_url: z.string().trim().url("The issuer is the identity provider's URL, such as https://login.example.com.").max(500),
    client_id: z.string().trim().min(1, "Enter the client id the identity provider gave the portal.").max(300),
    /** Left out: the stored secret stays (staff never see it again once saved). */
    client_secret: z.string().min(1).max(1000).optional(),
    allowed_domains: z.array(emailDomainName).min(1, "Allow at least one email domain.").max(20),
    default_role: z.enum(ACCOUNT_ROLES),
    groups_claim: z.string().trim().min(1).max(100).default("groups"),
    group_roles: z
      .array(z.object({ group: z.string().trim().min(1, "A group mapping line needs the group's name.").max(200), role: z.enum(ACCOUNT_ROLES) }).strict())
      .max(50)
      .default([]),
    require_sso: z.boolean().default(false),
    break_glass_person_id: z.string().min(1).max(100).nullable().default(null),
    enabled: z.boolean().default(true),
  })
  .strict()
export type AdminSaveSsoConnectionType = z.infer<typeof AdminSaveSsoConnection>
