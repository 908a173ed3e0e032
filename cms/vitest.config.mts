import path from "node:path"
import { defineConfig } from "vitest/config"

/** Payload Local API tests against a real PostgreSQL database (PAYLOAD_DATABASE_URL, set by `npm test`). */
export default defineConfig({
  resolve: {
    alias: { "@payload-config": path.resolve(import.meta.dirname, "src/payload.config.ts") },
  },
  test: {
    include: ["tests/**/*.int.spec.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { PAYLOAD_SEED: "off" },
  },
})
