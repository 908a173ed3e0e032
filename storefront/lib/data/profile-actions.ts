"use server"

import { revalidatePath } from "next/cache"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import { clientHeaders, customerHeaders } from "./session"

export interface FormState {
  error: string | null
  done: string | null
}

/** Form fields as the API wants them: every named field, trimmed (empty means "clear it"). */
function fieldsOf(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((name) => formData.has(name)).map((name) => [name, String(formData.get(name) ?? "").trim()]))
}

async function send(path: string, method: "POST" | "DELETE", body: Record<string, unknown> | undefined, done: string): Promise<FormState> {
  try {
    await medusa().client.fetch(path, { method, body, headers: await customerHeaders() })
  } catch (error) {
    return { error: messageOf(error, "That did not work. Please try again."), done: null }
  }
  revalidatePath("/account/profile")
  return { error: null, done }
}

export async function updateProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  const body = fieldsOf(formData, ["first_name", "last_name", "company_name", "phone", "vat_number"])
  return send("/store/portal/profile", "POST", body, "Saved. We will also update our order system with these details.")
}

export async function requestEmailChange(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "").trim()
  const currentPassword = String(formData.get("current_password") ?? "")
  try {
    const { message } = await medusa().client.fetch<{ message: string }>("/store/portal/profile/email", {
      method: "POST",
      body: { email, current_password: currentPassword },
      headers: await customerHeaders(),
    })
    revalidatePath("/account/profile")
    return { error: null, done: message }
  } catch (error) {
    return { error: messageOf(error, "That did not work. Please try again."), done: null }
  }
}

const ADDRESS_FIELDS = ["address_name", "company", "first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]

export async function saveAddress(_previous: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("id") ?? "")
  const body: Record<string, unknown> = Object.fromEntries(Object.entries(fieldsOf(formData, ADDRESS_FIELDS)).filter(([, value]) => value !== ""))
  body.is_default_shipping = formData.get("is_default_shipping") === "on"
  return send(id ? `/store/portal/addresses/${encodeURIComponent(id)}` : "/store/portal/addresses", "POST", body, id ? "Address saved." : "Address added.")
}

export async function deleteAddress(_previous: FormState, formData: FormData): Promise<FormState> {
  return send(`/store/portal/addresses/${encodeURIComponent(String(formData.get("id") ?? ""))}`, "DELETE", undefined, "Address removed.")
}

/** Follows an emailed link: its token is posted to Medusa without a session (the link may open on any device). */
async function followEmailedLink(path: string, formData: FormData, failure: string): Promise<FormState> {
  try {
    const { message } = await medusa().client.fetch<{ message: string }>(path, {
      method: "POST",
      body: { token: String(formData.get("token") ?? "") },
      headers: await clientHeaders(),
    })
    return { error: null, done: message }
  } catch (error) {
    return { error: messageOf(error, failure), done: null }
  }
}

export async function confirmEmail(_previous: FormState, formData: FormData): Promise<FormState> {
  return followEmailedLink("/store/portal/public/email-confirmation", formData, "The address could not be confirmed. Please try again.")
}

export async function cancelEmailChange(_previous: FormState, formData: FormData): Promise<FormState> {
  return followEmailedLink("/store/portal/public/email-change-cancellation", formData, "The change could not be cancelled. Please try again, or contact us.")
}
