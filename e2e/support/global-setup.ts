import { rmSync } from "node:fs"
import path from "node:path"
import type { TestProject } from "vitest/node"
import { loadConfig, ROOT } from "../../scripts/lib/config"
import { startStack, type RunningStack } from "../../scripts/lib/stack"

/**
 * Test ports and a throw-away data folder, so the browser tests never touch a developer's running portal. The ports
 * sit below Linux's ephemeral range (32768–60999): a port in it can be taken for a moment by any outgoing
 * connection, and PostgreSQL then fails to start with "Address already in use".
 */
const TEST_ENVIRONMENT = {
  PORTAL_DATA_DIR: ".data/e2e",
  POSTGRES_PORT: "15440",
  MEDUSA_PORT: "19000",
  STOREFRONT_PORT: "18000",
  CMS_PORT: "13000",
  MAILDEV_SMTP_PORT: "11025",
  MAILDEV_WEB_PORT: "11080",
  DEMO_IDP_PORT: "19400",
  SUPPORT_INBOUND_SMTP_PORT: "12525",
  ORDERFLOW_SIMULATOR: "off",
  // The stand-in's working week as if today were a Wednesday: the same demo data (and screenshots) on every day.
  ORDERFLOW_STAND_IN_WEEKDAY: "3",
  // A short idle limit, so the timeout test can put a session past it (the default is 30 minutes).
  SESSION_IDLE_MINUTES: "2",
}

let stack: RunningStack | null = null

export default async function setup(project: TestProject) {
  for (const name of ["DATABASE_URL", "PAYLOAD_DATABASE_URL", "ORDERFLOW_DATABASE_URL", "SMTP_URL", "MEDUSA_BACKEND_URL", "STOREFRONT_URL", "CMS_URL"]) {
    delete process.env[name]
  }
  Object.assign(process.env, TEST_ENVIRONMENT)
  rmSync(path.join(ROOT, TEST_ENVIRONMENT.PORTAL_DATA_DIR), { recursive: true, force: true })
  const config = loadConfig()
  stack = await startStack(config, (line) => console.log(`[e2e] ${line}`))
  project.provide("storefrontUrl", config.urls.storefront)
  project.provide("medusaUrl", config.urls.medusa)
  project.provide("databaseUrls", { medusa: config.postgres.medusaUrl, orderflow: config.postgres.orderflowUrl })
  project.provide("cmsUrl", config.urls.cms)
  project.provide("inboxUrl", config.urls.inbox ?? "")
  project.provide("supportInboundPort", config.ports.supportInbound ?? 0)
  project.provide("editor", config.editor)
  project.provide("staff", config.staff)
  project.provide("secrets", { payload: config.secrets.payload, cmsStorefront: config.secrets.cmsStorefront })
  return async () => {
    await stack?.stop()
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    storefrontUrl: string
    medusaUrl: string
    /** The test stack's databases, for tests that check what a page shows against what is stored. */
    databaseUrls: { medusa: string; orderflow: string }
    cmsUrl: string
    inboxUrl: string
    supportInboundPort: number
    editor: { email: string; password: string }
    staff: { email: string; password: string }
    secrets: { payload: string; cmsStorefront: string }
  }
}
