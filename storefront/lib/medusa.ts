import "server-only"
import Medusa from "@medusajs/js-sdk"
import { backendConfig } from "./config"

let client: Medusa | null = null

/**
 * The Medusa SDK as the storefront's server uses it: it never stores tokens itself; every call passes the
 * signed-in customer's token from the HttpOnly cookie (see lib/data/session.ts).
 */
export function medusa(): Medusa {
  if (!client) {
    const { medusaUrl, publishableKey } = backendConfig()
    client = new Medusa({ baseUrl: medusaUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })
  }
  return client
}
