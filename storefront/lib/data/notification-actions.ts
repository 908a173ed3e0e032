"use server"

import { DELIVERY_MODES, NOTIFICATION_CATEGORIES, type DeliveryMode } from "@portal/integrations/notifications"
import { revalidatePath } from "next/cache"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import type { FormState } from "./profile-actions"
import { clientHeaders, customerHeaders } from "./session"

async function markRead(body: { ids: string[] } | { all: true }, done: string): Promise<FormState> {
  try {
    await medusa().client.fetch("/store/portal/notifications/read", { method: "POST", body, headers: await customerHeaders() })
  } catch (error) {
    return { error: messageOf(error, "That did not work. Please try again."), done: null }
  }
  // The bell's count is in every page's header.
  revalidatePath("/account", "layout")
  return { error: null, done }
}

export async function markAllNotificationsRead(_previous: FormState): Promise<FormState> {
  return markRead({ all: true }, "All marked read.")
}

export async function markNotificationRead(_previous: FormState, formData: FormData): Promise<FormState> {
  return markRead({ ids: [String(formData.get("id") ?? "")] }, "Marked read.")
}

/** The Profile page's choices: one radio group per category the person's role hears about. */
export async function saveNotificationPreferences(_previous: FormState, formData: FormData): Promise<FormState> {
  const body = Object.fromEntries(
    NOTIFICATION_CATEGORIES.flatMap((category) => {
      const delivery = formData.get(category)
      return typeof delivery === "string" && (DELIVERY_MODES as readonly string[]).includes(delivery) ? [[category, delivery as DeliveryMode]] : []
    })
  )
  try {
    await medusa().client.fetch("/store/portal/notifications/preferences", { method: "POST", body, headers: await customerHeaders() })
  } catch (error) {
    return { error: messageOf(error, "Your choices could not be saved. Please try again."), done: null }
  }
  revalidatePath("/account/profile")
  return { error: null, done: "Saved. In-portal notifications stay on whatever you choose." }
}

/** What an email's unsubscribe link would turn off (the page asks before it does), or why the link does not work. */
export async function previewUnsubscribe(token: string): Promise<{ label: string } | { error: string }> {
  try {
    const { label } = await medusa().client.fetch<{ label: string }>("/store/portal/public/unsubscribe", { method: "POST", body: { token, confirm: false }, headers: await clientHeaders() })
    return { label }
  } catch (error) {
    return { error: messageOf(error, "That did not work. Please try again.") }
  }
}

export async function confirmUnsubscribe(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { label } = await medusa().client.fetch<{ label: string }>("/store/portal/public/unsubscribe", {
      method: "POST",
      body: { token: String(formData.get("token") ?? ""), confirm: true },
      headers: await clientHeaders(),
    })
    return { error: null, done: `Done: no more emails about ${label.toLowerCase()}. You will still find them in the portal, and you can turn the emails on again on your Profile page.` }
  } catch (error) {
    return { error: messageOf(error, "That did not work. Please try again."), done: null }
  }
}
