import { describe, expect, it } from "vitest"
import { contentSecurityPolicy, isFramedByCms, servedOverHttps } from "./security-headers"

describe("the storefront's security headers", () => {
  it("allows scripts only with the response's nonce, and no framing", () => {
    const policy = contentSecurityPolicy("abc123", { development: false, https: false })
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy).not.toContain("unsafe-eval")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("form-action 'self'")
    expect(policy).not.toContain("upgrade-insecure-requests")
  })

  it("lets the CMS alone frame the help article preview, for its live preview", () => {
    const framed = contentSecurityPolicy("n", { development: false, https: false, framedBy: "https://cms.example" })
    expect(framed).toMatch(/(^|; )frame-ancestors https:\/\/cms\.example(;|$)/)
    expect(framed).not.toContain("frame-ancestors 'none'")
    expect(isFramedByCms("/help/preview/12.1765000000.abc")).toBe(true)
    expect(isFramedByCms("/help/articles/paying-by-eft")).toBe(false)
    expect(isFramedByCms("/account/help/preview/x")).toBe(false)
  })

  it("lets React's development build evaluate code, and upgrades requests behind TLS", () => {
    expect(contentSecurityPolicy("n", { development: true, https: false })).toContain("'unsafe-eval'")
    expect(contentSecurityPolicy("n", { development: false, https: true })).toContain("upgrade-insecure-requests")
  })

  it("knows HTTPS from the URL or from a TLS-terminating proxy's header", () => {
    expect(servedOverHttps(new URL("https://portal.example/login"), null)).toBe(true)
    expect(servedOverHttps(new URL("http://localhost:8000/login"), "https")).toBe(true)
    expect(servedOverHttps(new URL("http://localhost:8000/login"), "https, http")).toBe(true)
    expect(servedOverHttps(new URL("http://localhost:8000/login"), null)).toBe(false)
    expect(servedOverHttps(new URL("http://localhost:8000/login"), "http")).toBe(false)
  })
})
