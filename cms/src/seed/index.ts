import { convertMarkdownToLexical, editorConfigFactory } from "@payloadcms/richtext-lexical"
import type { Payload } from "payload"
import { FAQ_SEED } from "./faqs"
import { HELP_ARTICLE_SEED } from "./help-articles"

/** The help categories' ids by slug (the categories come with the migrations). */
async function categoryIds(payload: Payload): Promise<(slug: string) => number> {
  const { docs } = await payload.find({ collection: "help-categories", limit: 100, depth: 0 })
  const ids = new Map(docs.map((category) => [category.slug, category.id]))
  return (slug) => {
    const id = ids.get(slug)
    if (id === undefined) throw new Error(`The help category "${slug}" is missing: run the CMS migrations.`)
    return id
  }
}

/** The starter help articles, published, then their "related" links (which need every article's id). */
export async function seedHelpArticles(payload: Payload): Promise<void> {
  const categoryOf = await categoryIds(payload)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const ids = new Map<string, number>()
  for (const article of HELP_ARTICLE_SEED) {
    const created = await payload.create({
      collection: "help-articles",
      data: {
        title: article.title,
        slug: article.slug,
        category: categoryOf(article.category),
        summary: article.summary,
        body: convertMarkdownToLexical({ editorConfig, markdown: article.markdown }),
        pages: article.pages,
        keywords: article.keywords,
        _status: "published",
      },
      context: { seeding: true },
    })
    ids.set(article.slug, created.id)
  }
  for (const article of HELP_ARTICLE_SEED) {
    const related = article.related.flatMap((slug) => ids.get(slug) ?? [])
    await payload.update({ collection: "help-articles", id: ids.get(article.slug)!, data: { related, _status: "published" }, context: { seeding: true } })
  }
}

/**
 * First-start content: the admin login, the starter FAQs and help articles. It runs only while the CMS has no
 * editor, so content an editor later deletes does not come back on the next start.
 */
export async function seed(payload: Payload, editorPassword: string): Promise<void> {
  const { totalDocs: editors } = await payload.count({ collection: "users" })
  if (editors > 0) return

  await payload.create({
    collection: "users",
    data: {
      name: "Content editor",
      email: process.env.PAYLOAD_ADMIN_EMAIL || "editor@wholesale.example",
      password: editorPassword,
      roles: ["admin", "editor"],
    },
  })
  const categoryOf = await categoryIds(payload)
  for (const { category, ...faq } of FAQ_SEED) {
    await payload.create({ collection: "faqs", data: { ...faq, category: categoryOf(category), _status: "published" }, context: { seeding: true } })
  }
  await seedHelpArticles(payload)
  payload.logger.info(`Seeded the editor login, ${FAQ_SEED.length} FAQs and ${HELP_ARTICLE_SEED.length} help articles`)
}
