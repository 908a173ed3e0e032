import { describe, expect, it } from "vitest"
import { safeNextPath } from "./safe-next-path"

describe("safeNextPath", () => {
  it("follows paths on this site, query included", () => {
    expect(safeNextPath("/account/orders?status=active")).toBe("/account/orders?status=active")
  })

  it("refuses anything that would leave the site", () => {
    for (const next of ["https://evil.example", "//evil.example", "/\\evil.example", "evil.example", "javascript:alert(1)"]) {
      expect(safeNextPath(next)).toBe("/account")
    }
  })

  it("falls back when there is nowhere to return to", () => {
    expect(safeNextPath(undefined)).toBe("/account")
    expect(safeNextPath("", "/help")).toBe("/help")
  })
})
