import type { Payload } from "payload"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { migratedPayload } from "./migrated-payload"

let payload: Payload

beforeAll(async () => {
  payload = await migratedPayload()
  await payload.delete({ collection: "users", where: { id: { exists: true } } })
})

afterAll(async () => {
  await payload?.destroy()
})

describe("editor sign-in", () => {
  it("locks an editor's login after five wrong passwords, even for the right one, like customers' and staff sign-in", async () => {
    const login = { email: "guessed@wholesale.example", password: "the editor's real passphrase" }
    await payload.create({ collection: "users", data: { name: "Editor", roles: ["editor"], ...login } })
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(payload.login({ collection: "users", data: { email: login.email, password: `guess ${attempt}` } })).rejects.toThrow(/incorrect/i)
    }
    await expect(payload.login({ collection: "users", data: login })).rejects.toThrow(/locked/i)
    const [user] = (await payload.find({ collection: "users", where: { email: { equals: login.email } }, showHiddenFields: true })).docs
    expect(new Date(String((user as { lockUntil?: string }).lockUntil)).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
  })
})
