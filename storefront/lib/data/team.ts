import "server-only"
import type { AccountRole } from "@portal/integrations/roles"
import { medusa } from "../medusa"
import { customerHeaders } from "./session"

export interface TeamMember {
  id: string
  email: string
  full_name: string | null
  role: AccountRole
  location_ids: string[] | null
  status: "active" | "disabled"
  last_sign_in_at: string | null
  is_you: boolean
}

export interface TeamInvitation {
  id: string
  email: string
  role: AccountRole
  expires_at: string
  expired: boolean
  created_at: string
}

export interface Team {
  members: TeamMember[]
  invitations: TeamInvitation[]
  roles: { value: AccountRole; label: string }[]
  locations: { id: string; label: string }[]
  /** The company's single sign-on, when staff set one up. */
  sso: { display_name: string; domains: string[]; default_role: AccountRole; required: boolean } | null
}

export async function retrieveTeam(): Promise<Team> {
  return await medusa().client.fetch<Team>("/store/portal/team", { headers: await customerHeaders() })
}

export interface InvitationPreview {
  email: string
  role: AccountRole
  role_label: string
  account_name: string
  expires_at: string
  has_login: boolean
  /** The company's single sign-on, when the invited email's domain has one. */
  sso: { display_name: string; required: boolean } | null
}

/** What an invitation link offers, or why it no longer works (the backend's words). */
export async function previewInvitation(token: string): Promise<{ invitation: InvitationPreview } | { error: string }> {
  try {
    return await medusa().client.fetch<{ invitation: InvitationPreview }>("/store/portal/public/invitation-preview", { method: "POST", body: { token } })
  } catch (error) {
    const message = (error as { message?: unknown }).message
    return { error: typeof message === "string" && message ? message : "This invitation could not be opened. Please try again." }
  }
}
