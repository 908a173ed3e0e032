"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import type { FormState } from "./profile-actions"
import { clientHeaders, customerHeaders, storeSession } from "./session"
import { startSso } from "./sso"
import { previewInvitation } from "./team"

type TeamFormState = FormState

async function send(path: string, method: "POST" | "DELETE", body: Record<string, unknown> | undefined, done: string): Promise<TeamFormState> {
  try {
    await medusa().client.fetch(path, { method, body, headers: await customerHeaders() })
  } catch (error) {
    return { error: messageOf(error, "That did not work. Please try again."), done: null }
  }
  revalidatePath("/account/team")
  return { error: null, done }
}

const idOf = (formData: FormData) => encodeURIComponent(String(formData.get("id") ?? ""))
/** The ticked delivery addresses; none ticked: every address (null). */
const locationIdsOf = (formData: FormData) => {
  const ids = formData.getAll("location_ids").map(String).filter(Boolean)
  return ids.length ? ids : null
}

export async function inviteTeamMember(_previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  const email = String(formData.get("email") ?? "").trim()
  return send(
    "/store/portal/team/invitations",
    "POST",
    { email, role: String(formData.get("role") ?? ""), location_ids: locationIdsOf(formData) },
    `Invitation sent to ${email}. The link works once, for 72 hours.`
  )
}

export async function changeTeamMember(_previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  return send(
    `/store/portal/team/members/${idOf(formData)}`,
    "POST",
    { role: String(formData.get("role") ?? ""), location_ids: locationIdsOf(formData) },
    "Saved. It applies from their next click."
  )
}

export async function removeTeamMember(_previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  return send(`/store/portal/team/members/${idOf(formData)}`, "DELETE", undefined, "Removed. They were signed out of this account.")
}

export async function resendInvitation(_previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  return send(`/store/portal/team/invitations/${idOf(formData)}/resend`, "POST", undefined, "A new link is on its way; the old one no longer works.")
}

export async function cancelInvitation(_previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  return send(`/store/portal/team/invitations/${idOf(formData)}`, "DELETE", undefined, "Invitation cancelled.")
}

/** Moves the session to another of the person's accounts; the new session token replaces the old one. */
export async function switchAccount(formData: FormData): Promise<void> {
  const { token } = await medusa().client.fetch<{ token: string }>("/store/portal/sessions/current/account", {
    method: "POST",
    body: { customer_id: String(formData.get("customer_id") ?? "") },
    headers: await customerHeaders(),
  })
  await storeSession(token)
  redirect("/account")
}

const acceptInput = z
  .object({ token: z.string().min(1, "The link is incomplete. Open it again from your email."), full_name: z.string().trim().optional(), password: z.string().optional(), confirm: z.string().optional() })
  .refine((value) => value.password === value.confirm, { message: "The two passwords are not the same.", path: ["confirm"] })

export async function acceptInvitation(_previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  const parsed = acceptInput.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form.", done: null }
  const { token, full_name: fullName, password } = parsed.data
  try {
    const { message } = await medusa().client.fetch<{ message: string }>("/store/portal/public/invitation-acceptance", {
      method: "POST",
      body: { token, ...(fullName ? { full_name: fullName } : {}), ...(password ? { password } : {}) },
      headers: await clientHeaders(),
    })
    return { error: null, done: message }
  } catch (error) {
    return { error: messageOf(error, "The invitation could not be accepted. Please try again."), done: null }
  }
}

/**
 * Joins through the company's single sign-on: the person signs in at their identity provider with the invited
 * email, and the invitation is accepted when they come back (lib/data/sso.ts completeSso).
 */
export async function joinWithSso(_previous: TeamFormState, formData: FormData): Promise<TeamFormState> {
  const preview = await previewInvitation(String(formData.get("token") ?? ""))
  if ("error" in preview) return { error: preview.error, done: null }
  return { error: await startSso(preview.invitation.email, { invitationToken: String(formData.get("token")), next: "/account" }), done: null }
}
