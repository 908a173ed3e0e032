import pg from "pg"
import { describe, expect, inject, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { signInCustomer } from "../scripts/lib/customer-session"

/** The e2e stack's databases (see support/global-setup.ts): the stand-in OrderFlow and Medusa's own. */
const orderflow = "postgres://postgres:postgres@localhost:54340/orderflow"
const medusaDb = "postgres://postgres:postgres@localhost:54340/medusa"

async function one<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql, params)).rows[0]!
  } finally {
    await client.end()
  }
}

describe("imported orders through the store API", () => {
  it("gives a demo customer their own OrderFlow orders, and nobody else's", async () => {
    const { token: key } = await one<{ token: string }>(medusaDb, `SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL LIMIT 1`)
    for (const customer of DEMO_CUSTOMERS.slice(0, 2)) {
      const token = await signInCustomer(inject("medusaUrl"), key, customer.customerNumber, DEMO_CUSTOMER_PASSWORD)
      const response = await fetch(new URL("/store/orders?limit=1&fields=id,metadata", inject("medusaUrl")), {
        headers: { "x-publishable-api-key": key, authorization: `Bearer ${token}` },
      })
      expect(response.status).toBe(200)
      const body = (await response.json()) as { count: number; orders: { metadata: { ord_no: number } }[] }
      const { n } = await one<{ n: number }>(orderflow, `SELECT count(*)::int AS n FROM ord_hdr WHERE cust_no = $1`, [customer.customerNumber])
      expect(n).toBeGreaterThan(0)
      expect(body.count).toBe(n)
      const { cust_no } = await one<{ cust_no: string }>(orderflow, `SELECT cust_no FROM ord_hdr WHERE ord_no = $1`, [body.orders[0]!.metadata.ord_no])
      expect(cust_no).toBe(customer.customerNumber)
    }
  })
})
