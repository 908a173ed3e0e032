import { type Payload, ValidationError } from "payload"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { seed } from "../../src/seed"
import { FAQ_SEED } from "../../src/seed/faqs"
import { migratedPayload } from "./migrated-payload"

let payload: Payload

beforeAll(async () => {
  payload = await migratedPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

let orders: number

beforeEach(async () => {
  await payload.delete({ collection: "faqs", where: { id: { exists: true } } })
  await payload.delete({ collection: "help-articles", where: { id: { exists: true } } })
  orders = (await payload.find({ collection: "help-categories", where: { slug: { equals: "orders" } } })).docs[0].id
  await payload.delete({ collection: "users", where: { id: { exists: true } } })
})

describe("FAQs", () => {
  it("shows anonymous readers published entries only", async () => {
    await payload.create({ collection: "faqs", data: { question: "Published?", answer: "Yes.", category: orders, _status: "published" } })
    await payload.create({ collection: "faqs", draft: true, data: { question: "Draft?", answer: "Not yet.", category: orders, _status: "draft" } })

    const anonymous = await payload.find({ collection: "faqs", overrideAccess: false, depth: 0 })
    expect(anonymous.docs.map((faq) => faq.question)).toEqual(["Published?"])

    const editorView = await payload.find({ collection: "faqs", draft: true, depth: 0 })
    expect(editorView.docs.map((faq) => faq.question).sort()).toEqual(["Draft?", "Published?"])
  })

  it("does not let anonymous visitors create or delete entries", async () => {
    await expect(
      payload.create({ collection: "faqs", overrideAccess: false, data: { question: "Spam?", answer: "Spam.", category: orders } })
    ).rejects.toThrow(/not allowed/i)
    const faq = await payload.create({ collection: "faqs", data: { question: "Keep me", answer: "Kept.", category: orders, _status: "published" } })
    await expect(payload.delete({ collection: "faqs", id: faq.id, overrideAccess: false })).rejects.toThrow(/not allowed/i)
    expect((await payload.findByID({ collection: "faqs", id: faq.id })).question).toBe("Keep me")
  })

  it("rejects an entry without a question and names the missing field", async () => {
    const attempt = payload.create({ collection: "faqs", data: { answer: "An answer to nothing.", category: orders } as never })
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    await expect(attempt).rejects.toThrow(/question/i)
  })
})

describe("the first-start seed", () => {
  it("creates the editor login and the starter FAQs once", async () => {
    await seed(payload, "editor-test-password")
    await seed(payload, "editor-test-password")
    expect((await payload.count({ collection: "users" })).totalDocs).toBe(1)
    const faqs = await payload.find({ collection: "faqs", overrideAccess: false, limit: 100, sort: "sortOrder" })
    expect(faqs.totalDocs).toBe(FAQ_SEED.length)
  })

  it("leaves content alone once an editor exists, so deleted FAQs stay deleted", async () => {
    await seed(payload, "editor-test-password")
    await payload.delete({ collection: "faqs", where: { id: { exists: true } } })
    await seed(payload, "editor-test-password")
    expect((await payload.count({ collection: "faqs" })).totalDocs).toBe(0)
  })

  it("lets the seeded editor sign in", async () => {
    await seed(payload, "editor-test-password")
    const result = await payload.login({
      collection: "users",
      data: { email: process.env.PAYLOAD_ADMIN_EMAIL || "editor@wholesale.example", password: "editor-test-password" },
    })
    expect(result.token).toEqual(expect.any(String))
  })
})
