import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { medusa } from "../medusa"
import { authHeaders, hasSession } from "./session"

/** Why the backend ended a session ("idle" after the inactivity limit), when it did. */
export type SessionEnd = "idle" | "ended"

/**
 * The signed-in customer, or why there is none (null: never signed in). One Medusa call per request at most; the
 * backend decides whether the session still lives (idle and absolute limits).
 */
export const retrieveCustomerOrEnd = cache(async (): Promise<HttpTypes.StoreCustomer | SessionEnd | null> => {
  if (!(await hasSession())) return null
  try {
    const { customer } = await medusa().store.customer.retrieve(
      { fields: "id,email,first_name,last_name,company_name,phone,metadata" },
      await authHeaders()
    )
    return customer
  } catch (error) {
    return /inactivity/.test(String((error as { message?: unknown }).message)) ? "idle" : "ended"
  }
})

/** The signed-in customer, or null when there is no live session. */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const found = await retrieveCustomerOrEnd()
  return typeof found === "string" ? null : found
}
