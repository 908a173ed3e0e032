import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { DEMO_EDITOR_PASSWORD, DEMO_STAFF_PASSWORD, loginPassword } from "../../integrations/src/deployment"

/** The repository root: every path the portal's scripts use is resolved from here. */
export const ROOT = path.resolve(import.meta.dirname, "../..")

export interface PortalConfig {
  /** Where embedded PostgreSQL, generated secrets and build stamps live (git-ignored). */
  dataDir: string
  /** The demo: embedded databases with the stand-in ERP, demo customers and the documented logins (PORTAL_DEMO=on). */
  demo: boolean
  postgres: {
    /** True when the three database URLs come from the environment and no embedded server is started. */
    external: boolean
    port: number
    medusaUrl: string
    payloadUrl: string
    orderflowUrl: string
  }
  mail: {
    /** True when SMTP_URL is given: no development mail server is started. */
    external: boolean
    smtpUrl: string
    smtpPort: number
    inboxPort: number
    from: string
  }
  /** medusaWorker: the Medusa process that runs scheduled jobs (production only), on the loopback interface. */
  /** supportInbound: replies to support emails (SMTP); null when off (a real deployment turns it on by setting it). */
  ports: { medusa: number; medusaWorker: number; storefront: number; cms: number; demoIdp: number; supportInbound: number | null }
  /** demoIdp: the demo company's identity provider, run with the demo only. */
  urls: { medusa: string; storefront: string; cms: string; inbox: string | null; demoIdp: string | null }
  staff: { email: string; password: string }
  editor: { email: string; password: string }
  orderflowSimulator: boolean
  secrets: { jwt: string; cookie: string; payload: string; sso: string; cmsStorefront: string; demoIdpClient: string }
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}"`)
  }
  return value
}

function flagFromEnv(name: string, fallback: boolean): boolean {
  const raw = process.env[name]?.trim().toLowerCase()
  if (!raw) return fallback
  if (["1", "on", "true", "yes"].includes(raw)) return true
  if (["0", "off", "false", "no"].includes(raw)) return false
  throw new Error(`${name} must be "on" or "off", got "${process.env[name]}"`)
}

/**
 * Secrets are generated once per data folder so a fresh clone needs no .env editing,
 * while a deployment supplies its own through the environment.
 */
function loadSecrets(dataDir: string): PortalConfig["secrets"] {
  const file = path.join(dataDir, "secrets.json")
  let stored: Partial<PortalConfig["secrets"]> = {}
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8")) as Partial<PortalConfig["secrets"]>
  const generate = () => randomBytes(32).toString("hex")
  const secrets = {
    jwt: process.env.JWT_SECRET || stored.jwt || generate(),
    cookie: process.env.COOKIE_SECRET || stored.cookie || generate(),
    payload: process.env.PAYLOAD_SECRET || stored.payload || generate(),
    sso: process.env.SSO_SECRET_KEY || stored.sso || generate(),
    cmsStorefront: process.env.CMS_STOREFRONT_SECRET || stored.cmsStorefront || generate(),
    demoIdpClient: stored.demoIdpClient || generate(),
  }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}

const DATABASE_URLS = ["DATABASE_URL", "PAYLOAD_DATABASE_URL", "ORDERFLOW_DATABASE_URL"] as const

/**
 * True when the three database URLs are given (a real deployment), false when none is (the embedded demo). One or
 * two of them is a mistake that would otherwise quietly run the demo's databases instead: refused, naming the rest.
 */
function databasesFromEnv(): boolean {
  const missing = DATABASE_URLS.filter((name) => !process.env[name])
  if (missing.length === 0) return true
  if (missing.length === DATABASE_URLS.length) return false
  const given = DATABASE_URLS.filter((name) => !missing.includes(name))
  throw new Error(
    `${given.join(" and ")} ${given.length === 1 ? "is" : "are"} set but ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not. ` +
      "Set all three database URLs for a real deployment, or none for the embedded demo databases."
  )
}

export function loadConfig(overrides: { dataDir?: string } = {}): PortalConfig {
  const dataDir = path.resolve(ROOT, overrides.dataDir ?? process.env.PORTAL_DATA_DIR ?? ".data")
  const pgPort = intFromEnv("POSTGRES_PORT", 54320)
  const embedded = (db: string) => `postgres://postgres:postgres@localhost:${pgPort}/${db}`
  const external = databasesFromEnv()
  const smtpPort = intFromEnv("MAILDEV_SMTP_PORT", 1025)
  const inboxPort = intFromEnv("MAILDEV_WEB_PORT", 1080)
  const medusaPort = intFromEnv("MEDUSA_PORT", 9000)
  const ports = {
    medusa: medusaPort,
    medusaWorker: intFromEnv("MEDUSA_WORKER_PORT", medusaPort + 100),
    storefront: intFromEnv("STOREFRONT_PORT", 8000),
    cms: intFromEnv("CMS_PORT", 3000),
    demoIdp: intFromEnv("DEMO_IDP_PORT", 9400),
    // On in the demo (replies are sent to it with `npm run support:reply`); a deployment sets it to take real mail.
    supportInbound: process.env.SUPPORT_INBOUND_SMTP_PORT ? intFromEnv("SUPPORT_INBOUND_SMTP_PORT", 2525) : external ? null : 2525,
  }
  const mailExternal = Boolean(process.env.SMTP_URL)
  // The demo logins only where the demo runs; a real deployment must bring its own (refused otherwise).
  const demoEnv = { ...process.env, PORTAL_DEMO: external ? "off" : "on" }
  return {
    dataDir,
    demo: !external,
    postgres: {
      external,
      port: pgPort,
      medusaUrl: external ? process.env.DATABASE_URL! : embedded("medusa"),
      payloadUrl: external ? process.env.PAYLOAD_DATABASE_URL! : embedded("payload"),
      orderflowUrl: external ? process.env.ORDERFLOW_DATABASE_URL! : embedded("orderflow"),
    },
    mail: {
      external: mailExternal,
      smtpUrl: process.env.SMTP_URL || `smtp://127.0.0.1:${smtpPort}`,
      smtpPort,
      inboxPort,
      from: process.env.MAIL_FROM || "Customer Portal <portal@wholesale.example>",
    },
    ports,
    urls: {
      medusa: process.env.MEDUSA_BACKEND_URL || `http://localhost:${ports.medusa}`,
      storefront: process.env.STOREFRONT_URL || `http://localhost:${ports.storefront}`,
      cms: process.env.CMS_URL || `http://localhost:${ports.cms}`,
      inbox: mailExternal ? null : `http://localhost:${inboxPort}`,
      demoIdp: external ? null : `http://localhost:${ports.demoIdp}`,
    },
    staff: {
      email: process.env.MEDUSA_ADMIN_EMAIL || "admin@wholesale.example",
      password: loginPassword("MEDUSA_ADMIN_PASSWORD", DEMO_STAFF_PASSWORD, demoEnv),
    },
    editor: {
      email: process.env.PAYLOAD_ADMIN_EMAIL || "editor@wholesale.example",
      password: loginPassword("PAYLOAD_ADMIN_PASSWORD", DEMO_EDITOR_PASSWORD, demoEnv),
    },
    orderflowSimulator: flagFromEnv("ORDERFLOW_SIMULATOR", true),
    secrets: loadSecrets(dataDir),
  }
}
