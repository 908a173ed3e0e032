import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DEMO_CUSTOMER_PASSWORD } from "@portal/integrations/orderflow"
import { hashPortalPassword } from "../modules/portal-auth/service"

interface BenchAccount {
  customerNumber: string
  segment: string
}

/**
 * `npm run bench:load` (through bench/load.ts), on the benchmark's own databases only: gives BENCH_LOGINS imported
 * accounts, spread evenly over all of them (so the segments' mix is kept), the demo password, as if their owners had
 * activated them, and writes the accounts chosen to BENCH_LOGINS_FILE. Refuses to run outside the demo.
 */
export default async function benchLogins({ container }: ExecArgs) {
  if (process.env.PORTAL_DEMO !== "on") throw new Error("bench-logins sets the demo password: it runs on demo data only")
  const wanted = Number(process.env.BENCH_LOGINS || 500)
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({}, { select: ["id", "metadata"], take: 100_000, order: { created_at: "ASC" } })
  const imported = customers.filter((customer) => typeof customer.metadata?.customer_number === "string")
  const step = Math.max(1, imported.length / wanted)
  const chosen = Array.from({ length: Math.min(wanted, imported.length) }, (_, index) => imported[Math.floor(index * step)]!)

  const auth = container.resolve(Modules.AUTH)
  const numbers = chosen.map((customer) => String(customer.metadata!.customer_number))
  const wantedNumbers = new Set(numbers)
  const identities = await auth.listProviderIdentities({ provider: "portal" }, { take: 100_000 })
  const existing = new Map(identities.filter((identity) => wantedNumbers.has(identity.entity_id)).map((identity) => [identity.entity_id, identity]))
  // One hash for all: scrypt costs ~100 ms on purpose, and every account gets the same demo password.
  const password = await hashPortalPassword(DEMO_CUSTOMER_PASSWORD)
  const withoutPassword = chosen.filter((customer) => typeof existing.get(String(customer.metadata!.customer_number))?.provider_metadata?.password !== "string")
  const toUpdate = withoutPassword.filter((customer) => existing.has(String(customer.metadata!.customer_number)))
  const toCreate = withoutPassword.filter((customer) => !existing.has(String(customer.metadata!.customer_number)))
  if (toUpdate.length) {
    await auth.updateProviderIdentities(
      toUpdate.map((customer) => {
        const identity = existing.get(String(customer.metadata!.customer_number))!
        return { id: identity.id, provider_metadata: { ...identity.provider_metadata, password } }
      })
    )
  }
  for (const customer of toCreate) {
    await auth.createAuthIdentities({
      provider_identities: [{ provider: "portal", entity_id: String(customer.metadata!.customer_number), provider_metadata: { password } }],
      app_metadata: { customer_id: customer.id },
    })
  }
  const accounts: BenchAccount[] = chosen.map((customer) => ({ customerNumber: String(customer.metadata!.customer_number), segment: String(customer.metadata!.segment ?? "") }))
  if (process.env.BENCH_LOGINS_FILE) writeFileSync(process.env.BENCH_LOGINS_FILE, JSON.stringify(accounts))
  console.log(`bench logins: ${accounts.length} accounts (${toCreate.length + toUpdate.length} given the demo password now)`)
}
