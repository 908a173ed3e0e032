import type { IncomingMessage } from "node:http"
import { afterEach, describe, expect, it } from "vitest"
import { clientAddress, trustedProxies } from "./index"

const request = (peer: string, forwardedFor?: string) =>
  ({ connection: { remoteAddress: peer }, socket: { remoteAddress: peer }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage

describe("client address", () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXIES
    delete process.env.STOREFRONT_ADDRESSES
  })

  it("ignores X-Forwarded-For from a visitor, even one on this host, when no proxy is configured", () => {
    expect(clientAddress(request("203.0.113.9", "1.2.3.4"))).toBe("203.0.113.9")
    expect(clientAddress(request("127.0.0.1", "1.2.3.4"))).toBe("127.0.0.1")
  })

  it("believes the storefront on this host, for Medusa, and only the hop it added", () => {
    expect(clientAddress(request("127.0.0.1", "1.2.3.4, 203.0.113.9"), { storefront: true })).toBe("203.0.113.9")
    expect(clientAddress(request("::ffff:127.0.0.1", "198.51.100.7"), { storefront: true })).toBe("198.51.100.7")
    expect(clientAddress(request("198.51.100.50", "1.2.3.4"), { storefront: true })).toBe("198.51.100.50")
  })

  it("follows TRUSTED_PROXIES and STOREFRONT_ADDRESSES", () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/8"
    process.env.STOREFRONT_ADDRESSES = "192.168.5.5"
    expect(clientAddress(request("10.1.2.3", "198.51.100.7"))).toBe("198.51.100.7")
    expect(clientAddress(request("192.168.5.5", "198.51.100.7"), { storefront: true })).toBe("198.51.100.7")
    expect(clientAddress(request("127.0.0.1", "198.51.100.7"), { storefront: true })).toBe("127.0.0.1")
    expect(trustedProxies({ storefront: true })).toEqual(["10.0.0.0/8", "192.168.5.5"])
  })

  it("refuses a list it cannot read, naming the variables", () => {
    process.env.TRUSTED_PROXIES = "not-an-address"
    expect(() => clientAddress(request("127.0.0.1"))).toThrow(/TRUSTED_PROXIES/)
  })
})
