import { existsSync } from "node:fs"
import path from "node:path"
import type { PortalConfig } from "./config"
import { ROOT } from "./config"
import { isBuildCurrent, sourceHash, writeStamp } from "./build-stamp"
import { run } from "./processes"
import { readerUrl } from "../../integrations/src/orderflow/stand-in/database"

export type AppName = "integrations" | "medusa" | "cms" | "storefront"

export interface AppBuild {
  name: AppName
  dir: string
  /** Folder the build writes; the stamp file inside it records which sources it was built from. */
  outputDir: string
  command: string[]
}

const LOCKFILE = path.join(ROOT, "package-lock.json")

export const APP_BUILDS: readonly AppBuild[] = [
  { name: "integrations", dir: path.join(ROOT, "integrations"), outputDir: "dist", command: ["tsc", "-p", "tsconfig.build.json"] },
  { name: "medusa", dir: path.join(ROOT, "medusa"), outputDir: ".medusa/server", command: ["medusa", "build"] },
  { name: "cms", dir: path.join(ROOT, "cms"), outputDir: ".next", command: ["next", "build"] },
  { name: "storefront", dir: path.join(ROOT, "storefront"), outputDir: ".next", command: ["next", "build"] },
]

/** Medusa's server build lives in .medusa/server and runs from there. */
export const MEDUSA_SERVER_DIR = path.join(ROOT, "medusa/.medusa/server")

function binary(name: string, appDir: string): string {
  for (const dir of [appDir, ROOT]) {
    const candidate = path.join(dir, "node_modules/.bin", name)
    if (existsSync(candidate)) return candidate
  }
  throw new Error(`${name} is not installed: run "npm install" in ${ROOT}`)
}

function buildHash(app: AppBuild): string {
  // Medusa and the storefront compile the integrations package in, so its sources count for them too.
  const integrations = app.name === "integrations" ? [] : [path.join(ROOT, "integrations/src")]
  return [app.dir, ...integrations].map((dir) => sourceHash(dir, [LOCKFILE])).join(":")
}

/** Environment each app needs at build and run time, derived from the portal configuration. */
export function appEnvironment(app: AppName, config: PortalConfig, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const common = {
    SMTP_URL: config.mail.smtpUrl,
    MAIL_FROM: config.mail.from,
    NEXT_TELEMETRY_DISABLED: "1",
    PORTAL_DEMO: config.demo ? "on" : "off",
    // Enforced by Medusa, worded by the storefront: both read the same settings.
    SESSION_IDLE_MINUTES: process.env.SESSION_IDLE_MINUTES || "30",
    SESSION_MAX_HOURS: process.env.SESSION_MAX_HOURS || "12",
    ...extra,
  }
  switch (app) {
    case "medusa":
      return {
        ...common,
        DATABASE_URL: config.postgres.medusaUrl,
        // The importer reads OrderFlow with SELECT rights only: the stand-in's read-only role, or the given URL.
        ORDERFLOW_DATABASE_URL: config.postgres.external ? config.postgres.orderflowUrl : readerUrl(config.postgres.orderflowUrl),
        JWT_SECRET: config.secrets.jwt,
        COOKIE_SECRET: config.secrets.cookie,
        SSO_SECRET_KEY: config.secrets.sso,
        // The demo company's identity provider: the seed sets up its connection (PORTAL_DEMO=on only).
        ...(config.urls.demoIdp ? { DEMO_IDP_ISSUER: config.urls.demoIdp, DEMO_IDP_CLIENT_SECRET: config.secrets.demoIdpClient } : {}),
        MEDUSA_BACKEND_URL: config.urls.medusa,
        MEDUSA_PORT: String(config.ports.medusa),
        PORT: String(config.ports.medusa),
        STOREFRONT_URL: config.urls.storefront,
        MEDUSA_ADMIN_EMAIL: config.staff.email,
        MEDUSA_ADMIN_PASSWORD: config.staff.password,
        ORDERFLOW_SIMULATOR: config.orderflowSimulator ? "on" : "off",
        // Support attachments (the File Module's local provider), unless S3_* settings put them in a bucket.
        FILES_DIR: process.env.FILES_DIR || path.join(config.dataDir, "files"),
        ...(config.ports.supportInbound ? { SUPPORT_INBOUND_SMTP_PORT: String(config.ports.supportInbound) } : {}),
        MEDUSA_DISABLE_TELEMETRY: "true",
      }
    case "cms":
      return {
        ...common,
        PAYLOAD_DATABASE_URL: config.postgres.payloadUrl,
        PAYLOAD_SECRET: config.secrets.payload,
        CMS_STOREFRONT_SECRET: config.secrets.cmsStorefront,
        STOREFRONT_URL: config.urls.storefront,
        PAYLOAD_ADMIN_EMAIL: config.editor.email,
        PAYLOAD_ADMIN_PASSWORD: config.editor.password,
        CMS_URL: config.urls.cms,
        PORT: String(config.ports.cms),
      }
    case "storefront":
      return {
        ...common,
        MEDUSA_BACKEND_URL: config.urls.medusa,
        CMS_URL: config.urls.cms,
        CMS_STOREFRONT_SECRET: config.secrets.cmsStorefront,
        PORT: String(config.ports.storefront),
      }
    default:
      return common
  }
}

/** Builds every app whose sources changed since its last build; returns the names it built. */
export async function buildStaleApps(
  config: PortalConfig,
  options: { force?: boolean; only?: AppName[]; log?: (line: string) => void } = {}
): Promise<AppName[]> {
  const built: AppName[] = []
  for (const app of APP_BUILDS) {
    if (options.only && !options.only.includes(app.name)) continue
    const hash = buildHash(app)
    const stamp = path.join(app.dir, app.outputDir, ".build-stamp")
    if (!options.force && isBuildCurrent(stamp, hash)) continue
    options.log?.(`Building ${app.name} (sources changed or no build yet)…`)
    const started = Date.now()
    const [command, ...args] = app.command as [string, ...string[]]
    await run(binary(command, app.dir), args, {
      cwd: app.dir,
      env: { ...appEnvironment(app.name, config), NODE_ENV: "production" },
      logFile: path.join(config.dataDir, "logs", `build-${app.name}.log`),
    })
    writeStamp(stamp, hash)
    options.log?.(`Built ${app.name} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    built.push(app.name)
  }
  return built
}

export function appBinary(name: string, app: AppName): string {
  return binary(name, path.join(ROOT, app))
}
