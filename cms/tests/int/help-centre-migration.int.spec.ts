import type { PostgresAdapter } from "@payloadcms/db-postgres"
import type { Payload, PayloadRequest } from "payload"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { migrations } from "../../src/migrations"
import { migratedPayload } from "./migrated-payload"

let payload: Payload

beforeAll(async () => {
  payload = await migratedPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

describe("the help centre's migration", () => {
  it("moves a deployment's FAQs into the help categories they had, keeps its editors admins, and goes back down", async () => {
    // This release's migrations, undone newest first, then done again.
    const sinceHelpCentre = migrations.slice(migrations.findIndex((migration) => migration.name.endsWith("_help_centre")))
    const adapter = payload.db as unknown as PostgresAdapter
    const args = { db: adapter.drizzle, payload, req: {} as PayloadRequest }
    const query = <T>(text: string) => adapter.pool.query(text).then((result) => result.rows as T[])
    await query("DELETE FROM users")
    await query("DELETE FROM _faqs_v; DELETE FROM faqs")
    for (const migration of [...sinceHelpCentre].reverse()) await migration.down(args)
    try {
      // As the previous release left them: the fixed categories, an editor without roles.
      await query(`INSERT INTO faqs (question, answer, category, sort_order, _status) VALUES ('How do I pay?', 'By EFT.', 'invoices', 10, 'published')`)
      await query(`INSERT INTO users (email, name) VALUES ('old-editor@wholesale.example', 'Old editor')`)
    } finally {
      for (const migration of sinceHelpCentre) await migration.up(args)
    }
    expect(await query(`SELECT f.question, c.slug, c.title FROM faqs f JOIN help_categories c ON c.id = f.category_id`)).toEqual([
      { question: "How do I pay?", slug: "invoices", title: "Invoices and payments" },
    ])
    expect(await query(`SELECT u.email, r.value FROM users u JOIN users_roles r ON r.parent_id = u.id`)).toEqual([{ email: "old-editor@wholesale.example", value: "admin" }])
    await query("DELETE FROM users")
    await query("DELETE FROM _faqs_v; DELETE FROM faqs")
  })
})
