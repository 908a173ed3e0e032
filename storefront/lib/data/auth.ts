"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import { safeNextPath } from "../util/safe-next-path"
import { clearSession, clientHeaders, customerHeaders, storeSession } from "./session"
import { signInMethod, startSso } from "./sso"

export interface LoginState {
  error: string | null
  identifier: string
  /** Identifier-first: the email or number comes first; the password field only once it is not a company's SSO. */
  step: "identifier" | "password"
}

export interface LinkRequestState {
  error: string | null
  done: string | null
  identifier: string
}

export interface PasswordState {
  error: string | null
  done: string | null
}

const loginInput = z.object({
  identifier: z.string().trim().min(1, "Enter your email address or customer number (like C0001042).").max(254),
  password: z.string().min(1, "Enter your password.").max(200),
  next: z.string().optional(),
})

const identifierStep = z.object({
  identifier: z.string().trim().min(1, "Enter your email address or customer number (like C0001042).").max(254),
  next: z.string().optional(),
})

/**
 * The sign-in form's one action. Without a password field it is the first step: an email whose company signs in
 * through its own identity provider goes there; anything else gets the password field. With one, it signs in.
 */
export async function signIn(previous: LoginState, formData: FormData): Promise<LoginState> {
  if (formData.has("password")) return await login(previous, formData)
  const parsed = identifierStep.safeParse(Object.fromEntries(formData))
  const identifier = String(formData.get("identifier") ?? "")
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check your details.", identifier, step: "identifier" }
  let method: Awaited<ReturnType<typeof signInMethod>>
  try {
    method = await signInMethod(parsed.data.identifier)
  } catch (error) {
    return { error: messageOf(error, "We could not check how you sign in just now. Please try again."), identifier, step: "identifier" }
  }
  if (method.method === "password") return { error: null, identifier, step: "password" }
  return { error: await startSso(parsed.data.identifier, { next: parsed.data.next }), identifier, step: "identifier" }
}

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginInput.safeParse(Object.fromEntries(formData))
  const identifier = String(formData.get("identifier") ?? "")
  const step = "password" as const
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check your details.", identifier, step }

  let token: unknown
  try {
    // Through the client (not sdk.auth.login) to pass the customer's address and browser on.
    const response = await medusa().client.fetch<{ token?: string; location?: string }>("/auth/customer/portal", {
      method: "POST",
      body: { identifier: parsed.data.identifier, password: parsed.data.password },
      headers: await clientHeaders(),
    })
    token = response.token
  } catch (error) {
    return { error: messageOf(error, "That email or customer number and password do not match. Check them and try again."), identifier, step }
  }
  if (typeof token !== "string") return { error: "This sign-in method needs another step that is not available here.", identifier, step }
  let session: { token: string }
  try {
    session = await medusa().client.fetch<{ token: string }>("/store/portal/public/sessions", {
      method: "POST",
      body: { identifier: parsed.data.identifier },
      headers: { authorization: `Bearer ${token}`, ...(await clientHeaders()) },
    })
  } catch (error) {
    return { error: messageOf(error, "Signing in did not complete. Please try again."), identifier, step }
  }
  await storeSession(session.token)
  redirect(safeNextPath(parsed.data.next))
}

export async function signout(): Promise<void> {
  let logoutUrl: string | null = null
  try {
    // Ends the session in the backend: the token is worthless from now on, wherever a copy of it is.
    const ended = await medusa().client.fetch<{ logout_url?: string | null }>("/store/portal/sessions/current", { method: "DELETE", headers: await customerHeaders() })
    logoutUrl = ended.logout_url ?? null
  } catch {
    // Already ended (idle or expired): signing out still clears this browser.
  } finally {
    await clearSession()
  }
  // Signed in through the company's identity provider: sign out there too (it comes back to the sign-in page).
  redirect(logoutUrl ?? "/login?signedOut=1")
}

const identifierInput = z.object({ identifier: z.string().trim().min(1, "Enter your email address or customer number.").max(254) })

/** "First time here?": asks for an activation link. */
export async function requestActivation(_previous: LinkRequestState, formData: FormData): Promise<LinkRequestState> {
  const parsed = identifierInput.safeParse(Object.fromEntries(formData))
  const identifier = String(formData.get("identifier") ?? "")
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check your details.", done: null, identifier }
  try {
    const { message } = await medusa().client.fetch<{ message: string }>("/store/portal/public/activation", { method: "POST", body: parsed.data, headers: await clientHeaders() })
    return { error: null, done: message, identifier }
  } catch (error) {
    return { error: messageOf(error, "We could not send the link just now. Please try again."), done: null, identifier }
  }
}

/** Forgotten password: Medusa's reset mechanism; the answer never tells whether the account exists. */
export async function requestPasswordReset(_previous: LinkRequestState, formData: FormData): Promise<LinkRequestState> {
  const parsed = identifierInput.safeParse(Object.fromEntries(formData))
  const identifier = String(formData.get("identifier") ?? "")
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check your details.", done: null, identifier }
  try {
    await medusa().client.fetch("/auth/customer/portal/reset-password", {
      method: "POST",
      body: { identifier: parsed.data.identifier },
      headers: { accept: "text/plain", ...(await clientHeaders()) },
    })
  } catch (error) {
    return { error: messageOf(error, "We could not send the link just now. Please try again."), done: null, identifier }
  }
  return {
    error: null,
    done: "If these details match an account, we have emailed a link to choose a new password. It works once, for 15 minutes; check your inbox and spam folder.",
    identifier,
  }
}

const passwordInput = z
  .object({ token: z.string().min(1, "The link is incomplete. Open it again from your email."), password: z.string(), confirm: z.string() })
  .refine((value) => value.password === value.confirm, { message: "The two passwords are not the same.", path: ["confirm"] })

/** Chooses a password with the one-time link from an activation or reset email. */
export async function setPassword(_previous: PasswordState, formData: FormData): Promise<PasswordState> {
  const parsed = passwordInput.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the password.", done: null }
  try {
    const { message } = await medusa().client.fetch<{ message: string }>("/store/portal/public/password", {
      method: "POST",
      body: { token: parsed.data.token, password: parsed.data.password },
      headers: await clientHeaders(),
    })
    return { error: null, done: message }
  } catch (error) {
    return { error: messageOf(error, "The password could not be set. Please try again."), done: null }
  }
}
