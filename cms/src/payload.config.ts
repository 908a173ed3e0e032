import path from "node:path"
import { fileURLToPath } from "node:url"
import { postgresAdapter } from "@payloadcms/db-postgres"
import { lexicalEditor } from "@payloadcms/richtext-lexical"
import { buildConfig } from "payload"
import { Faqs } from "./collections/Faqs"
import { Users } from "./collections/Users"
import { migrations } from "./migrations"
import { seed } from "./seed"

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: " · Portal CMS" },
  },
  collections: [Faqs, Users],
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET || "development-only-payload-secret",
  serverURL: process.env.CMS_URL || "",
  cors: [process.env.STOREFRONT_URL || "http://localhost:8000"],
  typescript: { outputFile: path.resolve(dirname, "payload-types.ts") },
  db: postgresAdapter({
    pool: { connectionString: process.env.PAYLOAD_DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:54320/payload" },
    // Schema changes go through migrations only: pushing in dev can stop on an interactive prompt.
    push: false,
    migrationDir: path.resolve(dirname, "migrations"),
    prodMigrations: migrations,
  }),
  onInit: async (payload) => {
    if (process.env.PAYLOAD_SEED !== "off") await seed(payload)
  },
  telemetry: false,
})
