import type { Payload } from "payload"
import { FAQ_SEED } from "./faqs"

/**
 * First-start content: the editor login and the starter FAQs. It runs only while the CMS has no editor,
 * so FAQs an editor later deletes do not come back on the next start.
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
    },
  })
  for (const faq of FAQ_SEED) {
    await payload.create({ collection: "faqs", data: { ...faq, _status: "published" } })
  }
  payload.logger.info(`Seeded the editor login and ${FAQ_SEED.length} FAQs`)
}
