import type { IncomingMessage } from "node:http"
import proxyAddr from "proxy-addr"

type Env = Record<string, string | undefined>

/** A comma-separated list of addresses, CIDR ranges or the names proxy-addr knows ("loopback", "uniquelocal"). */
function addressList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
}

/**
 * Whose X-Forwarded-For is believed. TRUSTED_PROXIES: the proxies in front of the portal (a TLS proxy, a load
 * balancer); none by default, so a visitor who writes the header is never believed. For Medusa, also
 * STOREFRONT_ADDRESSES: where the storefront's server calls from (default loopback, the same host), since it
 * forwards the address of the visitor it served.
 */
export function trustedProxies(options: { storefront?: boolean } = {}, env: Env = process.env): string[] {
  return [...addressList(env.TRUSTED_PROXIES), ...(options.storefront ? addressList(env.STOREFRONT_ADDRESSES ?? "loopback") : [])]
}

const compiled = new Map<string, (address: string, hop: number) => boolean>()

function trustFunction(list: string[]): (address: string, hop: number) => boolean {
  const key = list.join(",")
  let trust = compiled.get(key)
  if (!trust) {
    try {
      trust = proxyAddr.compile(list)
    } catch (error) {
      throw new Error(`TRUSTED_PROXIES and STOREFRONT_ADDRESSES must list IP addresses, CIDR ranges or "loopback": ${(error as Error).message}`)
    }
    compiled.set(key, trust)
  }
  return trust
}

/**
 * The address of whoever sent this request: the socket's peer, or, when that peer is trusted, the nearest address
 * in X-Forwarded-For that is not (walking from the right, as proxies append). IPv4-mapped IPv6 addresses are shown
 * as IPv4. `storefront`: also trust the storefront's server (for Medusa).
 */
export function clientAddress(req: IncomingMessage, options: { storefront?: boolean } = {}): string {
  // proxy-addr reads req.connection; Node's requests have it.
  const address = proxyAddr(req, trustFunction(trustedProxies(options)))
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address
}

/** Reads TRUSTED_PROXIES and STOREFRONT_ADDRESSES once at start-up, so a typing mistake stops the app there. */
export function assertTrustedProxies(): void {
  trustFunction(trustedProxies({ storefront: true }))
}
