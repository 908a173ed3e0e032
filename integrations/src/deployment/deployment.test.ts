import { describe, expect, it } from "vitest"
import { DEMO_EDITOR_PASSWORD, DEMO_STAFF_PASSWORD, loginPassword, requiredSecret } from "./index"

describe("deployment settings", () => {
  it("refuses a real deployment without its own login password, or with a published one", () => {
    expect(() => loginPassword("MEDUSA_ADMIN_PASSWORD", DEMO_STAFF_PASSWORD, {})).toThrow(/MEDUSA_ADMIN_PASSWORD is not set/)
    expect(() => loginPassword("MEDUSA_ADMIN_PASSWORD", DEMO_STAFF_PASSWORD, { MEDUSA_ADMIN_PASSWORD: DEMO_STAFF_PASSWORD })).toThrow(/published/)
    expect(() => loginPassword("PAYLOAD_ADMIN_PASSWORD", DEMO_EDITOR_PASSWORD, { PAYLOAD_ADMIN_PASSWORD: DEMO_STAFF_PASSWORD })).toThrow(/PAYLOAD_ADMIN_PASSWORD/)
    expect(loginPassword("MEDUSA_ADMIN_PASSWORD", DEMO_STAFF_PASSWORD, { MEDUSA_ADMIN_PASSWORD: "our own long passphrase" })).toBe("our own long passphrase")
  })

  it("allows the documented logins in the demo only", () => {
    expect(loginPassword("MEDUSA_ADMIN_PASSWORD", DEMO_STAFF_PASSWORD, { PORTAL_DEMO: "on" })).toBe(DEMO_STAFF_PASSWORD)
  })

  it("has no built-in secret", () => {
    expect(() => requiredSecret("JWT_SECRET", {})).toThrow(/JWT_SECRET is not set/)
    expect(requiredSecret("JWT_SECRET", { JWT_SECRET: "s3cret" })).toBe("s3cret")
  })
})
