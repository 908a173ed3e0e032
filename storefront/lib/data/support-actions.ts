"use server"

import { TICKET_CATEGORIES } from "@portal/integrations/support"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { backendConfig } from "../config"
import type { FormState } from "./profile-actions"
import { customerHeaders } from "./session"

const FIELDS = ["category", "subject", "body", "order_no", "order_line_no", "invoice_number", "help_article", "search_query"] as const

/**
 * Sends a form with files to Medusa as multipart, the way the browser gave it: Medusa checks every file (its type by
 * content, size, count) and answers each refusal in words, which the form shows.
 */
async function sendMultipart(path: string, form: FormData): Promise<{ ok: true; body: { ticket: { id: string } } } | { ok: false; message: string }> {
  const { medusaUrl, publishableKey } = backendConfig()
  try {
    const response = await fetch(new URL(path, medusaUrl), { method: "POST", body: form, headers: { ...(await customerHeaders()), "x-publishable-api-key": publishableKey }, cache: "no-store" })
    const body = (await response.json().catch(() => null)) as { ticket: { id: string }; message?: string } | null
    if (response.status === 401) return { ok: false, message: "Your session has ended. Sign in again, then send your message." }
    if (!response.ok || !body) return { ok: false, message: body?.message ?? "Your message could not be sent. Please try again." }
    return { ok: true, body }
  } catch {
    return { ok: false, message: "Your message could not be sent just now. Please try again in a minute." }
  }
}

/** The files the person chose (a file input sends one empty entry when none was chosen). */
const chosenFiles = (formData: FormData) => formData.getAll("files").filter((file): file is File => file instanceof File && file.size > 0 && file.name !== "")

/** Opens a ticket from the form, with its files, and goes to it. */
export async function createTicket(_previous: FormState, formData: FormData): Promise<FormState> {
  const category = String(formData.get("category") ?? "")
  if (!(TICKET_CATEGORIES as readonly string[]).includes(category)) return { error: "Choose what your question is about.", done: null }
  if (!String(formData.get("subject") ?? "").trim()) return { error: "Write a subject: a few words on what happened.", done: null }
  if (!String(formData.get("body") ?? "").trim()) return { error: "Write your message: what happened, and what you would like us to do.", done: null }
  const form = new FormData()
  for (const field of FIELDS) {
    const value = String(formData.get(field) ?? "").trim()
    if (value) form.set(field, value)
  }
  for (const file of chosenFiles(formData)) form.append("files", file, file.name)
  const sent = await sendMultipart("/store/portal/tickets", form)
  if (!sent.ok) return { error: sent.message, done: null }
  revalidatePath("/account/support")
  redirect(`/account/support/${sent.body.ticket.id}?sent=1`)
}

/** A reply on the ticket (it reopens a resolved one within 14 days). */
export async function replyToTicket(_previous: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("ticket_id") ?? "")
  if (!/^tkt_[0-9A-Za-z]{1,40}$/.test(id)) return { error: "That question was not found.", done: null }
  const body = String(formData.get("body") ?? "").trim()
  if (!body) return { error: "Write your reply.", done: null }
  const form = new FormData()
  form.set("body", body)
  for (const file of chosenFiles(formData)) form.append("files", file, file.name)
  const sent = await sendMultipart(`/store/portal/tickets/${id}/messages`, form)
  if (!sent.ok) return { error: sent.message, done: null }
  revalidatePath(`/account/support/${id}`)
  return { error: null, done: "Your reply is sent. We will answer here and by email." }
}

/** One click: how well we solved it. */
export async function rateTicket(_previous: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("ticket_id") ?? "")
  const rating = String(formData.get("rating") ?? "")
  if (!/^tkt_[0-9A-Za-z]{1,40}$/.test(id) || !["good", "bad"].includes(rating)) return { error: "That rating could not be saved.", done: null }
  const { medusaUrl, publishableKey } = backendConfig()
  const response = await fetch(new URL(`/store/portal/tickets/${id}/rating`, medusaUrl), {
    method: "POST",
    body: JSON.stringify({ rating }),
    headers: { ...(await customerHeaders()), "x-publishable-api-key": publishableKey, "content-type": "application/json" },
    cache: "no-store",
  }).catch(() => null)
  if (!response?.ok) return { error: ((await response?.json().catch(() => null)) as { message?: string } | null)?.message ?? "Your rating could not be saved. Please try again.", done: null }
  revalidatePath(`/account/support/${id}`)
  return { error: null, done: rating === "good" ? "Thank you! We are glad it is solved." : "Thank you for telling us. We will look at how we handled it." }
}
