import { describe, expect, it } from "vitest"
import { openSecret, sealSecret } from "./secret-box"

describe("sealed client secrets", () => {
  it("opens with the key it was sealed with, and the stored form does not contain the secret", () => {
    const sealed = sealSecret("s3cret-value", "key one")
    expect(sealed).not.toContain("s3cret")
    expect(sealed).not.toBe(sealSecret("s3cret-value", "key one")) // a fresh IV each time
    expect(openSecret(sealed, "key one")).toBe("s3cret-value")
  })

  it("refuses another key and an altered value", () => {
    const sealed = sealSecret("s3cret-value", "key one")
    expect(() => openSecret(sealed, "key two")).toThrow()
    const parts = sealed.split(".")
    const flipped = Buffer.from(parts[3]!, "base64url")
    flipped[0] = flipped[0]! ^ 1
    expect(() => openSecret([...parts.slice(0, 3), flipped.toString("base64url")].join("."), "key one")).toThrow()
  })
})
