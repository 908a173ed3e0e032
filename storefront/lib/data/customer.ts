import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { medusa } from "../medusa"
import { authHeaders, hasSession } from "./session"

/** The signed-in customer, or null when there is no valid session. One Medusa call per request at most. */
export const retrieveCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  if (!(await hasSession())) return null
  try {
    const { customer } = await medusa().store.customer.retrieve(
      { fields: "id,email,first_name,last_name,company_name,phone,metadata" },
      await authHeaders()
    )
    return customer
  } catch {
    return null
  }
})
