import "server-only"
import type { AccountRole, Permission } from "@portal/integrations/roles"
import { forbidden } from "next/navigation"
import { cache } from "react"
import { medusa } from "../medusa"
import { customerHeaders, hasSession } from "./session"

export interface PortalAccount {
  customer_id: string
  customer_number: string
  name: string
  role: AccountRole
  role_label: string
}

/** Who is signed in, in which account, with what role: the backend's answer (it enforces the role on every route). */
export interface PortalMe {
  person: { id: string; email: string; full_name: string | null } | null
  account: PortalAccount | null
  role: AccountRole
  role_label: string
  permissions: Permission[]
  accounts: PortalAccount[]
  /** The bell's count: the person's unread notifications in this account. */
  unread_notifications: number
}

/** The signed-in person, once per request; null without a live session. */
export const retrievePortalMe = cache(async (): Promise<PortalMe | null> => {
  if (!(await hasSession())) return null
  try {
    return await medusa().client.fetch<PortalMe>("/store/portal/me", { headers: await customerHeaders() })
  } catch {
    return null
  }
})

/**
 * A page's guard: the signed-in person's role must include this, else the 403 page (app/forbidden.tsx). The
 * backend refuses the data as well; this only makes the refusal a page a person understands.
 */
export async function requirePermission(permission: Permission): Promise<PortalMe> {
  const me = await retrievePortalMe()
  if (!me || !me.permissions.includes(permission)) forbidden()
  return me
}
