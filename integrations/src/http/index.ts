import type { IncomingMessage } from "node:http"
import proxyAddr from "proxy-addr"

/**
 * The proxies whose X-Forwarded-For the portal believes: TRUSTED_PROXIES, a comma-separated list of addresses,
 * CIDR ranges or the names proxy-addr knows ("loopback", "linklocal", "uniquelocal"). The default, loopback,
 * trusts only processes on the same host: the storefront calling Medusa, or a TLS proxy in front of either.
 * An address a visitor wrote into the header is never believed, since a visitor is not a trusted proxy.
 */
export function trustedProxies(value = process.env.TRUSTED_PROXIES): string[] {
  const list = (value ?? "loopback")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  return list.length ? list : ["loopback"]
}

let compiled: { source: string; trust: (address: string, hop: number) => boolean } | null = null

function trustFunction(): (address: string, hop: number) => boolean {
  const source = process.env.TRUSTED_PROXIES ?? ""
  if (!compiled || compiled.source !== source) {
    try {
      compiled = { source, trust: proxyAddr.compile(trustedProxies(source)) }
    } catch (error) {
      throw new Error(`TRUSTED_PROXIES must list IP addresses, CIDR ranges or "loopback": ${(error as Error).message}`)
    }
  }
  return compiled.trust
}

/**
 * The address of whoever sent this request: the socket's peer, or, when that peer is a trusted proxy, the nearest
 * address in X-Forwarded-For that is not (walking from the right, as proxies append). IPv4-mapped IPv6 addresses
 * are shown as IPv4.
 */
export function clientAddress(req: IncomingMessage): string {
  // proxy-addr reads req.connection; Node's requests have it, and Next.js's wrapped ones keep it.
  const address = proxyAddr(req, trustFunction())
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address
}
