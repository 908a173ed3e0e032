import { describe, expect, it } from "vitest"
import { signHelpRequest, verifyHelpRequest } from "./index"

const secret = "a-shared-secret-of-the-deployment"
const body = JSON.stringify({ tags: ["help"] })

describe("signed requests between the CMS and the storefront", () => {
  it("accepts the body it signed, within five minutes", () => {
    const now = Date.parse("2026-12-06T10:00:00Z")
    expect(verifyHelpRequest(secret, signHelpRequest(secret, body, now), body, now + 299_000)).toBe(true)
  })

  it("refuses another body, another secret, an old signature and garbage", () => {
    const now = Date.parse("2026-12-06T10:00:00Z")
    const header = signHelpRequest(secret, body, now)
    expect(verifyHelpRequest(secret, header, JSON.stringify({ tags: ["orders"] }), now)).toBe(false)
    expect(verifyHelpRequest("another-secret", header, body, now)).toBe(false)
    expect(verifyHelpRequest(secret, header, body, now + 301_000)).toBe(false)
    expect(verifyHelpRequest(secret, header.replace(/v1=\w+/, "v1=00"), body, now)).toBe(false)
    expect(verifyHelpRequest(secret, "nonsense", body, now)).toBe(false)
    expect(verifyHelpRequest(secret, null, body, now)).toBe(false)
    expect(verifyHelpRequest("", header, body, now)).toBe(false)
  })
})
