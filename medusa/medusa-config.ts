import { createSecretKey } from "node:crypto"
import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { DEMO_STAFF_PASSWORD, type FileStorage, fileStorage, loginPassword, requiredSecret } from "@portal/integrations/deployment"
import { assertTrustedProxies } from "@portal/integrations/http"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// A real deployment refuses to start on a published staff password or without its own secrets (npm start
// generates them); the demo logins exist only on the stand-in ERP (PORTAL_DEMO=on).
loginPassword("MEDUSA_ADMIN_PASSWORD", DEMO_STAFF_PASSWORD)
assertTrustedProxies()

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const sessionIdleMinutes = Number(process.env.SESSION_IDLE_MINUTES || 30)
const sessionMaxHours = Number(process.env.SESSION_MAX_HOURS || 12)
const jwtSecret = requiredSecret("JWT_SECRET")
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.MEDUSA_PORT || 9000}`
// The address staff open the admin at; the storefront may reach Medusa at another, internal one.
const adminUrl = process.env.MEDUSA_ADMIN_URL || backendUrl

/**
 * Medusa's File Module keeps support attachments. The local provider's private folder must lie outside `static/`,
 * which Medusa serves to anyone, and outside this folder, whose changes restart `medusa develop`.
 */
function fileProvider(storage: FileStorage) {
  if (storage.provider === "s3") {
    const { bucket, region, accessKeyId, secretAccessKey, fileUrl, endpoint } = storage
    return {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: { bucket, region, access_key_id: accessKeyId, secret_access_key: secretAccessKey, file_url: fileUrl, prefix: "support/", ...(endpoint ? { endpoint, additional_client_config: { forcePathStyle: true } } : {}) },
    }
  }
  return {
    resolve: "@medusajs/medusa/file-local",
    id: "local",
    options: { private_upload_dir: storage.privateDir, upload_dir: path.join(storage.privateDir, "public"), backend_url: `${backendUrl}/static` },
  }
}

/**
 * Several Medusa processes (the scale topology: servers behind nginx and a worker) share Medusa's Redis modules, as
 * in Medusa's deployment guide: events reach the worker whichever server emitted them, long-running workflows and
 * locks are known to all, and a cache entry dropped by one is dropped for all. Without REDIS_URL (`npm start`, one
 * machine), the in-process defaults.
 */
const redisUrl = process.env.REDIS_URL || undefined
const cacheTtlSeconds = Number(process.env.CACHE_TTL_SECONDS || 300)

function redisModules(url: string) {
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: url } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: url } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: { providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl: url } }] },
    },
  ]
}

function cachingProviders(url: string | undefined) {
  return url
    ? { providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: url, ttl: cacheTtlSeconds } }] }
    : { in_memory: { enable: true, ttl: cacheTtlSeconds } }
}

function workerMode(value: string | undefined): "shared" | "worker" | "server" {
  return value === "worker" || value === "server" ? value : "shared"
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // Staff's admin sessions live in Redis when there is one, so any server of several knows them.
    ...(redisUrl ? { redisUrl } : {}),
    // "server" answers HTTP only, "worker" runs the scheduled jobs (see scripts/lib/stack.ts); "shared" does both.
    workerMode: workerMode(process.env.MEDUSA_WORKER_MODE),
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || adminUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${adminUrl}`,
      jwtSecret,
      // Tokens are verified with the same secret, handed over as a KeyObject: given a bare string, jsonwebtoken first
      // tries to parse it as a PEM public key, and that failure cost ~2 ms of CPU on every authenticated request.
      jwtPublicKey: createSecretKey(Buffer.from(jwtSecret)),
      jwtOptions: { algorithm: "HS256" },
      jwtVerifyOptions: { algorithms: ["HS256"] },
      cookieSecret: requiredSecret("COOKIE_SECRET"),
      // A customer token lives no longer than the longest session; the session decides earlier ends.
      jwtExpiresIn: `${sessionMaxHours}h`,
      // Customers sign in with email or customer number (the portal provider); staff with email and password.
      authMethodsPerActor: { customer: ["portal", "sso"], user: ["emailpass"] },
    },
    // Medusa marks the admin session cookie Secure in production, and express-session then never sets it over
    // plain HTTP: staff could not sign in to the demo. Secure follows the scheme of the address staff use.
    cookieOptions: { secure: adminUrl.startsWith("https://"), sameSite: "lax" },
  },
  // Medusa's Caching Module. Every store request checks its publishable key, and without the cache that lookup
  // (two queries through the ORM) was half the time of a portal request (README, Benchmarks: bench:orders).
  // Entries are dropped on Medusa's events (revoking a key in the admin ends it at once) and expire after
  // CACHE_TTL_SECONDS. The in-memory provider serves one HTTP process; several servers use the Redis provider so
  // that an invalidation reaches them all.
  featureFlags: { caching: process.env.MEDUSA_CACHING !== "off" },
  modules: [
    {
      resolve: "@medusajs/medusa/caching",
      options: cachingProviders(redisUrl),
    },
    ...(redisUrl ? redisModules(redisUrl) : []),
    // The portal's own modules: what OrderFlow knows beyond Medusa's models, and its financial documents.
    { resolve: "./src/modules/orderflow-sync" },
    { resolve: "./src/modules/invoicing" },
    // The append-only trail of every customer action.
    { resolve: "./src/modules/audit" },
    // What customers hear about (the outbox of customer events), their read marks and how they want to hear it.
    { resolve: "./src/modules/customer-notifications" },
    // Reorders placed in the portal, queued for staff to key into OrderFlow.
    { resolve: "./src/modules/reorder" },
    // Support tickets, their threads, files and emails.
    { resolve: "./src/modules/support" },
    { resolve: "@medusajs/medusa/file", options: { providers: [fileProvider(fileStorage(process.env, path.resolve(process.cwd(), "../.data/files")))] } },
    // Portal sessions (idle and absolute limits enforced on every request) and one-time links.
    {
      resolve: "./src/modules/customer-access",
      options: { idleTimeoutMinutes: sessionIdleMinutes, maxSessionHours: sessionMaxHours, ssoSecretKey: requiredSecret("SSO_SECRET_KEY") },
    },
    {
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          { resolve: "./src/modules/portal-auth", id: "portal" },
          // Single sign-on through each company's own OpenID Connect provider; the provider sends people back here.
          { resolve: "./src/modules/portal-sso", id: "sso", options: { redirectUri: `${storefrontUrl}/sso/callback` } },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "./src/modules/smtp-notification",
            id: "smtp",
            options: { channels: ["email"], url: process.env.SMTP_URL || "smtp://127.0.0.1:1025", from: process.env.MAIL_FROM || "Customer Portal <portal@wholesale.example>" },
          },
          // The in-portal inbox: its rows are what people find under the bell.
          { resolve: "./src/modules/feed-notification", id: "feed", options: { channels: ["feed"] } },
        ],
      },
    },
  ],
  admin: {
    // Same origin by default, so one admin build works on any host and port.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
    // The worker process serves no one: staff use the server's admin.
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
})
