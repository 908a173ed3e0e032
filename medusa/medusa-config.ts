import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.MEDUSA_PORT || 9000}`

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: process.env.JWT_SECRET || "development-only-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "development-only-cookie-secret",
    },
    // Medusa marks the admin session cookie Secure in production, and express-session then never sets it over
    // plain HTTP: staff could not sign in to the demo. Secure follows the public URL's scheme instead.
    cookieOptions: { secure: backendUrl.startsWith("https://"), sameSite: "lax" },
  },
  modules: [
    // The portal's own modules: what OrderFlow knows beyond Medusa's models, and its financial documents.
    { resolve: "./src/modules/orderflow-sync" },
    { resolve: "./src/modules/invoicing" },
    // The append-only trail of every customer action.
    { resolve: "./src/modules/audit" },
  ],
  admin: {
    // Same origin by default, so one admin build works on any host and port.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
})
