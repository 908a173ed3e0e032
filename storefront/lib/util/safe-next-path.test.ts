import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { safeNextPath } from "./safe-next-path"

describe("safeNextPath", () => {
  it("follows paths on this site, query included", () => {
    expect(safeNextPath("/account/orders?status=active")).toBe("/account/orders?status=active")
    expect(safeNextPath("/account/orders/5001#lines")).toBe("/account/orders/5001#lines")
  })

  it("refuses anything that would leave the site, however it is spelled", () => {
    for (const next of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/ /evil.example".replace(" ", "\u0000"),
      "\\\\evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      "evil.example",
      "javascript:alert(1)",
      " /account",
      "/.//evil.example",
      "/..//evil.example",
      "/%2e//evil.example",
      "/a/..//evil.example",
      "/account/../..//evil.example",
    ]) {
      expect(safeNextPath(next), JSON.stringify(next)).toBe("/account")
    }
  })

  it("falls back when there is nowhere to return to", () => {
    expect(safeNextPath(undefined)).toBe("/account")
    expect(safeNextPath("", "/help")).toBe("/help")
  })

  it("only ever answers a path that a browser resolves to the portal's own origin", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string().map((tail) => `/${tail}`), fc.array(fc.constantFrom("/", ".", "..", "%2e", "\\", "evil.example", "\t")).map((pieces) => `/${pieces.join("")}`)), (next) => {
        const answer = safeNextPath(next)
        // What a browser does with the Location header: drop tabs and newlines, then resolve against the page.
        const browser = new URL(answer.replace(/[\t\n\r]/g, ""), "https://portal.example")
        expect(browser.origin).toBe("https://portal.example")
        expect(answer.startsWith("/") && !answer.startsWith("//")).toBe(true)
      }),
      { numRuns: 5000 }
    )
  })
})
