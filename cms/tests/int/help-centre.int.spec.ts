import { HIGHLIGHT_END, HIGHLIGHT_START } from "@portal/integrations/help"
import { HELP_SIGNATURE_HEADER, signHelpRequest } from "@portal/integrations/help-signature"
import { convertMarkdownToLexical, editorConfigFactory } from "@payloadcms/richtext-lexical"
import type { Payload } from "payload"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { previewToken } from "../../src/collections/HelpArticles/preview"
import { seedHelpArticles } from "../../src/seed"
import type { HelpArticle, User } from "../../src/payload-types"
import { GET as searchRoute } from "../../src/app/(payload)/api/help-articles/search/route"
import { graphql, rest } from "./rest"
import { migratedPayload } from "./migrated-payload"

const SECRET = process.env.CMS_STOREFRONT_SECRET ?? ""
let payload: Payload
let orders: number

beforeAll(async () => {
  payload = await migratedPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

beforeEach(async () => {
  for (const collection of ["help-feedback", "help-searches", "help-articles", "users", "payload-jobs"] as const) {
    await payload.delete({ collection, where: { id: { exists: true } } })
  }
  orders = (await payload.find({ collection: "help-categories", where: { slug: { equals: "orders" } } })).docs[0].id
})

async function body(markdown: string) {
  return convertMarkdownToLexical({ editorConfig: await editorConfigFactory.default({ config: payload.config }), markdown })
}

async function article(data: Partial<HelpArticle> & { title: string; slug: string }, status: "draft" | "published" = "published") {
  const fields = { summary: `${data.title}, in one sentence.`, category: orders, body: await body(`## About\n\n${data.title} explained.`), ...data }
  return status === "draft"
    ? payload.create({ collection: "help-articles", draft: true, data: { ...fields, _status: "draft" } })
    : payload.create({ collection: "help-articles", data: { ...fields, _status: "published" } })
}

const search = async (q: string, init: { record?: boolean; signature?: string; excerpts?: boolean } = {}) => {
  const url = `http://cms.test/api/help-articles/search?q=${encodeURIComponent(q)}${init.record ? "&record=1" : ""}${init.excerpts ? "&excerpts=1" : ""}`
  const response = await searchRoute(new Request(url, { headers: init.signature ? { [HELP_SIGNATURE_HEADER]: init.signature } : {} }))
  return { status: response.status, json: (await response.json()) as { hits: { slug: string; summary: string; excerpt: string }[]; total: number; corrections: { from: string; to: string }[]; message?: string } }
}

describe("drafts", () => {
  it("never reach the public: REST (with ?draft=true too), GraphQL and the search show the published version only", async () => {
    const published = await article({ title: "Delivery days", slug: "delivery-days" })
    await payload.update({ collection: "help-articles", id: published.id, draft: true, data: { title: "Unannounced Sunday deliveries", _status: "draft" } })
    await article({ title: "Unreleased returns policy", slug: "returns-policy" }, "draft")

    expect(await (await rest("GET", "help-articles")).text()).toContain("Delivery days")
    for (const query of ["help-articles", "help-articles?draft=true", `help-articles/${published.id}?draft=true`, "help-articles?where[slug][equals]=returns-policy&draft=true"]) {
      const response = await rest("GET", query)
      expect(response.status, query).toBeLessThan(500)
      expect(await response.text(), query).not.toMatch(/Unannounced|Unreleased/)
    }
    const versions = await rest("GET", "help-articles/versions")
    expect(versions.status).toBe(403)

    expect(JSON.stringify(await graphql(`{ HelpArticles { docs { title } } }`))).toContain("Delivery days")
    const draftsViaGraphql = JSON.stringify(await graphql(`{ HelpArticles(draft: true) { docs { title } } }`))
    expect(draftsViaGraphql).toContain('"docs"')
    expect(draftsViaGraphql).not.toMatch(/Unannounced|Unreleased/)
    expect(JSON.stringify(await graphql(`{ versionsHelpArticles { docs { version { title } } } }`))).not.toMatch(/Unannounced|Unreleased/)

    expect((await search("unannounced")).json.total).toBe(0)
    expect((await search("returns policy")).json.total).toBe(0)
    expect((await search("delivery days")).json.hits.map((hit) => hit.slug)).toEqual(["delivery-days"])
  })

  it("are what a signed preview link shows, for that article only, and a forged or expired link shows nothing", async () => {
    const draft = await article({ title: "Draft about pallets", slug: "pallets" }, "draft")
    const other = await article({ title: "Another draft", slug: "another" }, "draft")
    const preview = await rest("GET", `help-articles/preview/${previewToken(draft.id)}`)
    expect(preview.status).toBe(200)
    expect(await preview.json()).toMatchObject({ title: "Draft about pallets", _status: "draft" })

    const [id, expires, signature] = previewToken(draft.id).split(".")
    for (const token of [`${other.id}.${expires}.${signature}`, `${id}.${Number(expires) + 60}.${signature}`, previewToken(draft.id, Date.now() - 9 * 3_600_000)]) {
      expect((await rest("GET", `help-articles/preview/${token}`)).status, token).toBe(404)
    }
  })
})

describe("versions", () => {
  it("keep each publish, and restoring one brings its text back", async () => {
    const first = await article({ title: "Paying by EFT", slug: "eft" })
    await payload.update({ collection: "help-articles", id: first.id, data: { title: "Paying by card", _status: "published" } })
    const { docs } = await payload.findVersions({ collection: "help-articles", where: { parent: { equals: first.id } }, sort: "createdAt" })
    expect(docs.map((version) => version.version.title)).toEqual(["Paying by EFT", "Paying by card"])

    await payload.restoreVersion({ collection: "help-articles", id: String(docs[0].id) })
    expect((await payload.findByID({ collection: "help-articles", id: first.id })).title).toBe("Paying by EFT")
    expect((await search("card")).json.total).toBe(0)
    expect((await search("eft")).json.hits.map((hit) => hit.slug)).toEqual(["eft"])
  })
})

describe("scheduled publishing", () => {
  it("publishes a draft when its time comes, not before", async () => {
    const draft = await article({ title: "Year-end closing dates", slug: "year-end" }, "draft")
    const editor = await payload.create({ collection: "users", data: { email: "scheduler@wholesale.example", password: "a long passphrase", roles: ["editor"] } })
    const publishAt = new Date(Date.now() + 1_500)
    // What the admin's "Schedule publish" does: Payload's own schedulePublish task, waiting until the chosen time.
    await payload.jobs.queue({
      task: "schedulePublish",
      input: { type: "publish", doc: { relationTo: "help-articles", value: draft.id }, user: { relationTo: "users", value: editor.id } },
      waitUntil: publishAt,
    })
    await payload.jobs.run()
    expect((await rest("GET", `help-articles?where[slug][equals]=year-end`).then((response) => response.json())).totalDocs).toBe(0)

    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 100))
    await payload.jobs.run()
    const published = (await rest("GET", `help-articles?where[slug][equals]=year-end`).then((response) => response.json())) as { docs: HelpArticle[] }
    expect(published.docs.map((doc) => [doc.title, doc._status])).toEqual([["Year-end closing dates", "published"]])
  })
})

describe("search", () => {
  beforeEach(async () => {
    await seedHelpArticles(payload)
  })

  it("forgives typos and ranks the article about it first, with the matches highlighted", async () => {
    const statement = await search("statment")
    expect(statement.json.hits[0].slug).toBe("statements-and-aging")
    expect(statement.json.corrections).toEqual([{ from: "statment", to: expect.stringMatching(/^statements?$/) }])
    expect(statement.json.hits[0].summary).toMatch(new RegExp(`${HIGHLIGHT_START}statements?${HIGHLIGHT_END}`, "i"))

    expect(statement.json.hits[0].excerpt).toBe("")
    const quoted = await search("statment", { excerpts: true })
    expect(quoted.json.hits[0].excerpt).toMatch(new RegExp(`${HIGHLIGHT_START}statements?${HIGHLIGHT_END}`, "i"))

    expect((await search("waybil")).json.hits[0].slug).toBe("tracking-your-delivery")
    expect((await search("pay by eft")).json.hits[0].slug).toBe("paying-by-eft")
    expect((await search("quickbooks xero")).json.hits[0].slug).toBe("accounting-exports")
    expect((await search("locked out passwrd")).json.hits[0].slug).toBe("passwords-and-locked-accounts")
  })

  it("answers a clear message for an empty or overlong search", async () => {
    expect(await search("  ")).toMatchObject({ status: 400, json: { message: "Type a word or two to search for." } })
    expect(await search("x".repeat(101))).toMatchObject({ status: 400, json: { message: "Search for at most 100 characters." } })
  })

  it("counts the searches the storefront signs, for the content-gap report, and refuses unsigned ones", async () => {
    expect((await search("forklift hire", { record: true })).status).toBe(403)
    expect((await search("forklift hire", { record: true, signature: signHelpRequest("wrong", "search:forklift hire") })).status).toBe(403)
    for (const q of ["Forklift  hire", "forklift hire", "statement"]) {
      expect((await search(q, { record: true, signature: signHelpRequest(SECRET, `search:${q}`) })).status).toBe(200)
    }
    const { docs } = await payload.find({ collection: "help-searches", sort: "query" })
    expect(docs.map((row) => [row.query, row.timesSearched, row.lastResultCount > 0])).toEqual([
      ["forklift hire", 2, false],
      ["statement", 1, true],
    ])
  })
})

describe("was this helpful?", () => {
  const vote = (data: Record<string, unknown>, secret = SECRET) => {
    const json = JSON.stringify(data)
    return rest("POST", "help-feedback/vote", { body: json, headers: { [HELP_SIGNATURE_HEADER]: signHelpRequest(secret, json) } })
  }
  const visitor = (n: number) => n.toString(16).padStart(64, "0")

  it("keeps one answer per visitor and article (the latest), with its comment, and editors see the counts", async () => {
    const eft = await article({ title: "Paying by EFT", slug: "eft" })
    expect((await vote({ article: "eft", visitor: visitor(1), helpful: false, comment: "Which bank account?" })).status).toBe(201)
    expect((await vote({ article: "eft", visitor: visitor(1), helpful: true })).status).toBe(200)
    expect((await vote({ article: "eft", visitor: visitor(2), helpful: false, comment: "Too short" })).status).toBe(201)

    const { docs } = await payload.find({ collection: "help-feedback", sort: "visitor" })
    expect(docs.map((row) => [row.visitor, row.helpful, row.comment ?? null])).toEqual([
      [visitor(1), true, null],
      [visitor(2), false, "Too short"],
    ])
    const editor = (await payload.create({ collection: "users", data: { email: "reader@wholesale.example", password: "a long passphrase", roles: ["editor"] } })) as User
    const asEditor = await payload.findByID({ collection: "help-articles", id: eft.id, user: editor, overrideAccess: false })
    expect([asEditor.helpfulCount, asEditor.notHelpfulCount]).toEqual([1, 1])
    const asVisitor = (await (await rest("GET", `help-articles/${eft.id}`)).json()) as HelpArticle
    expect(asVisitor.helpfulCount).toBeUndefined()
    expect(asVisitor.feedback).toBeUndefined()
  })

  it("refuses unsigned answers, answers on unpublished articles and bad input, with a reason", async () => {
    await article({ title: "Secret", slug: "secret" }, "draft")
    await article({ title: "Public", slug: "public" })
    expect((await vote({ article: "public", visitor: visitor(1), helpful: true }, "forged")).status).toBe(403)
    expect((await rest("POST", "help-feedback/vote", { body: JSON.stringify({ article: "public", visitor: visitor(1), helpful: true }) })).status).toBe(403)
    expect((await vote({ article: "secret", visitor: visitor(1), helpful: true })).status).toBe(404)
    const bad = await vote({ article: "public", visitor: "me", helpful: "yes" })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ message: expect.stringContaining("whether the article helped") })
    expect((await rest("POST", "help-feedback", { body: JSON.stringify({ article: 1, visitor: visitor(3), helpful: true }) })).status).toBe(403)
    expect((await payload.count({ collection: "help-feedback" })).totalDocs).toBe(0)
  })
})

describe("editor roles", () => {
  it("lets admins manage CMS accounts, and editors neither that nor making themselves admins", async () => {
    const admin = (await payload.create({ collection: "users", data: { email: "admin@wholesale.example", password: "a long passphrase", roles: ["admin"] } })) as User
    const editor = (await payload.create({ collection: "users", data: { email: "writer@wholesale.example", password: "a long passphrase", roles: ["editor"] } })) as User
    await expect(
      payload.create({ collection: "users", overrideAccess: false, user: editor, data: { email: "friend@wholesale.example", password: "a long passphrase", roles: ["editor"] } })
    ).rejects.toThrow(/not allowed/i)
    const promoted = await payload.update({ collection: "users", id: editor.id, overrideAccess: false, user: editor, data: { roles: ["admin"], name: "Writer" } })
    expect([promoted.name, promoted.roles]).toEqual(["Writer", ["editor"]])
    await expect(payload.delete({ collection: "users", id: admin.id, overrideAccess: false, user: editor })).rejects.toThrow(/not allowed/i)

    const created = await payload.create({ collection: "users", overrideAccess: false, user: admin, data: { email: "new@wholesale.example", password: "a long passphrase", roles: ["editor"] } })
    expect(created.email).toBe("new@wholesale.example")
    // Editors still write and publish.
    const written = await payload.create({ collection: "help-articles", overrideAccess: false, user: editor, data: { title: "By an editor", slug: "by-an-editor", summary: "S.", category: orders, body: await body("Text."), _status: "published" } })
    expect(written._status).toBe("published")
  })
})
