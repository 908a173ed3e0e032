"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { medusa } from "../medusa"
import { safeNextPath } from "../util/safe-next-path"
import { clearSession, storeSession } from "./session"

export interface LoginState {
  error: string | null
  email: string
}

const loginInput = z.object({
  email: z.string().trim().min(1, "Enter your email address.").email("Enter a valid email address, like name@company.co.za."),
  password: z.string().min(1, "Enter your password."),
  next: z.string().optional(),
})

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginInput.safeParse(Object.fromEntries(formData))
  const email = String(formData.get("email") ?? "")
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check your details.", email }

  let token: unknown
  try {
    token = await medusa().auth.login("customer", "emailpass", { email: parsed.data.email, password: parsed.data.password })
  } catch {
    return { error: "That email and password do not match an account. Check them and try again.", email }
  }
  if (typeof token !== "string") return { error: "This sign-in method needs another step that is not available here.", email }
  await storeSession(token)
  redirect(safeNextPath(parsed.data.next))
}

export async function signout(): Promise<void> {
  try {
    await medusa().auth.logout()
  } finally {
    await clearSession()
  }
  redirect("/login?signedOut=1")
}
