import type { IncomingMessage } from "node:http"
import { afterEach, describe, expect, it } from "vitest"
import { clientAddress, trustedProxies } from "./index"

const request = (peer: string, forwardedFor?: string) =>
  ({ connection: { remoteAddress: peer }, socket: { remoteAddress: peer }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage

describe("client address", () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXIES
  })

  it("ignores X-Forwarded-For written by a visitor who is not a trusted proxy", () => {
    expect(clientAddress(request("203.0.113.9", "1.2.3.4"))).toBe("203.0.113.9")
  })

  it("believes only the hop a trusted proxy added, not what the visitor put to its left", () => {
    expect(clientAddress(request("127.0.0.1", "1.2.3.4, 203.0.113.9"))).toBe("203.0.113.9")
    expect(clientAddress(request("::ffff:127.0.0.1", "198.51.100.7"))).toBe("198.51.100.7")
  })

  it("follows TRUSTED_PROXIES: a load balancer's range is trusted, loopback then is not", () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/8"
    expect(clientAddress(request("10.1.2.3", "198.51.100.7"))).toBe("198.51.100.7")
    expect(clientAddress(request("127.0.0.1", "198.51.100.7"))).toBe("127.0.0.1")
    expect(trustedProxies(" 10.0.0.0/8 , loopback ")).toEqual(["10.0.0.0/8", "loopback"])
  })

  it("refuses a TRUSTED_PROXIES it cannot read, naming the variable", () => {
    process.env.TRUSTED_PROXIES = "not-an-address"
    expect(() => clientAddress(request("127.0.0.1"))).toThrow(/TRUSTED_PROXIES/)
  })
})
