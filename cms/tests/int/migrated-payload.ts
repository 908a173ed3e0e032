import config from "@payload-config"
import { getPayload, type Migration, type Payload } from "payload"
import { migrations } from "../../src/migrations"

/** Payload on the test database (PAYLOAD_DATABASE_URL), with this release's migrations applied, as a deployment runs it. */
export async function migratedPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  // The generic adapter type declares migrations loosely; these are the Postgres adapter's own, as in prodMigrations.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return payload
}
