import { randomBytes } from "node:crypto"
import { defineConfig } from "vitest/config"

/**
 * Medusa integration tests: @medusajs/test-utils boots the real app against PostgreSQL (DB_HOST, DB_PORT,
 * DB_USERNAME, DB_PASSWORD, set by `npm test`). The runner uses Jest-style globals and loads medusa-config.ts
 * through ts-node, registered in the setup file.
 */
export default defineConfig({
  test: {
    include: ["integration-tests/**/*.spec.ts", "src/**/*.test.ts"],
    globals: true,
    pool: "threads",
    fileParallelism: false,
    setupFiles: ["./integration-tests/setup.ts"],
    testTimeout: 120_000,
    // The demo (stand-in ERP, demo customers), with secrets of its own each run: medusa-config has no built-in ones.
    env: { PORTAL_DEMO: "on", JWT_SECRET: randomBytes(32).toString("hex"), COOKIE_SECRET: randomBytes(32).toString("hex"), SSO_SECRET_KEY: randomBytes(32).toString("hex") },
    hookTimeout: 240_000,
  },
})
