import path from "node:path"
import { fileURLToPath } from "node:url"
import { postgresAdapter } from "@payloadcms/db-postgres"
import { lexicalEditor } from "@payloadcms/richtext-lexical"
import { DEMO_EDITOR_PASSWORD, loginPassword, requiredSecret, requiredSetting } from "@portal/integrations/deployment"
import { buildConfig } from "payload"
import { Faqs } from "./collections/Faqs"
import { HelpArticles } from "./collections/HelpArticles"
import { HelpCategories } from "./collections/HelpCategories"
import { HelpFeedback } from "./collections/HelpFeedback"
import { HelpSearches } from "./collections/HelpSearches"
import { Users } from "./collections/Users"
import { migrations } from "./migrations"
import { seed } from "./seed"

const dirname = path.dirname(fileURLToPath(import.meta.url))

// A real deployment refuses to start on the published editor password or without its own secret (npm start
// generates one); the demo login exists only with the stand-in ERP (PORTAL_DEMO=on).
const editorPassword = loginPassword("PAYLOAD_ADMIN_PASSWORD", DEMO_EDITOR_PASSWORD)
// Signs what the CMS and the storefront tell each other (revalidation, feedback, searches): both are given it.
requiredSecret("CMS_STOREFRONT_SECRET")

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: " · Portal CMS" },
    components: { beforeDashboard: ["/components/ContentGapReport#ContentGapReport"] },
    livePreview: {
      breakpoints: [
        { label: "Phone", name: "phone", width: 360, height: 740 },
        { label: "Tablet", name: "tablet", width: 768, height: 1024 },
        { label: "Desktop", name: "desktop", width: 1280, height: 800 },
      ],
    },
  },
  collections: [HelpArticles, HelpCategories, Faqs, HelpFeedback, HelpSearches, Users],
  editor: lexicalEditor(),
  secret: requiredSecret("PAYLOAD_SECRET"),
  serverURL: process.env.CMS_URL || "",
  cors: [process.env.STOREFRONT_URL || "http://localhost:8000"],
  typescript: { outputFile: path.resolve(dirname, "payload-types.ts") },
  db: postgresAdapter({
    // Given by npm start (embedded PostgreSQL) or the deployment; never a guessed default database.
    pool: { connectionString: requiredSetting("PAYLOAD_DATABASE_URL") },
    // Schema changes go through migrations only: pushing in dev can stop on an interactive prompt.
    push: false,
    migrationDir: path.resolve(dirname, "migrations"),
    prodMigrations: migrations,
  }),
  // Scheduled publishing: Payload queues a job at the chosen time; this runner picks due jobs up every minute.
  jobs: {
    autoRun: [{ cron: process.env.PAYLOAD_JOBS_CRON || "* * * * *", queue: "default", limit: 50 }],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN !== "off",
  },
  onInit: async (payload) => {
    if (process.env.PAYLOAD_SEED !== "off") await seed(payload, editorPassword)
  },
  telemetry: false,
})
