import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.MEDUSA_PORT || 9000}`

/** TLS to PostgreSQL only when the connection string asks for it (the embedded demo server has none). */
const databaseWantsTls = /[?&]sslmode=(require|verify-ca|verify-full)/.test(process.env.DATABASE_URL ?? "")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions: {
      connection: { ssl: databaseWantsTls ? { rejectUnauthorized: process.env.DATABASE_TLS_INSECURE !== "true" } : false },
    },
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: process.env.JWT_SECRET || "development-only-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "development-only-cookie-secret",
    },
  },
  admin: {
    backendUrl,
  },
})
