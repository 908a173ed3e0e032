import { describe, expect, it } from "vitest"
import { DEMO_EDITOR_PASSWORD, DEMO_STAFF_PASSWORD, fileStorage, loginPassword, requiredSecret } from "./index"

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

  it("keeps files in a private folder, or in a bucket only when all of its settings are given", () => {
    expect(fileStorage({}, "/data/files")).toEqual({ provider: "local", privateDir: "/data/files" })
    expect(fileStorage({ FILES_DIR: "/srv/files" }, "/data/files")).toEqual({ provider: "local", privateDir: "/srv/files" })
    expect(() => fileStorage({ S3_BUCKET: "tickets" }, "/data/files")).toThrow(/S3_BUCKET is set but S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FILE_URL are not/)
    const s3 = { S3_BUCKET: "tickets", S3_REGION: "af-south-1", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "secret", S3_FILE_URL: "https://files.example" }
    expect(fileStorage(s3, "/data/files")).toMatchObject({ provider: "s3", bucket: "tickets", region: "af-south-1", endpoint: null })
  })
})
