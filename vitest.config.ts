import { defineConfig } from "vitest/config"
import VisualFirstSequencer from "./e2e/support/sequencer"

/** Root test projects: fast unit tests, and browser tests against the whole running portal. */
export default defineConfig({
  test: {
    // Puts the visual tests first among the browser tests (see the class); other projects keep their order.
    sequence: { sequencer: VisualFirstSequencer },
    projects: [
      {
        test: {
          name: "unit",
          // Medusa's own unit tests too: its runner only runs integration-tests/**/*.spec.ts.
          include: ["integrations/src/**/*.test.ts", "storefront/**/*.test.ts", "scripts/**/*.test.ts", "medusa/src/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/.next/**", "**/*.int.test.ts"],
        },
      },
      {
        test: {
          // Against a real PostgreSQL server (TEST_POSTGRES_URL, a superuser connection set by `npm test`).
          name: "integration",
          include: ["integrations/src/**/*.int.test.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.ts"],
          globalSetup: ["e2e/support/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
