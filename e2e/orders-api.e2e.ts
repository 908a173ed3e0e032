import pg from "pg"
import { describe, expect, inject, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { signInCustomer } from "../scripts/lib/customer-session"

/** The e2e stack's databases (see support/global-setup.ts): the stand-in OrderFlow and Medusa's own. */
const orderflow = inject("databaseUrls").orderflow
const medusaDb = inject("databaseUrls").medusa

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
  it("gives a demo customer their own OrderFlow orders, only those the visibility rule shows, and nobody else's", async () => {
    const { token: key } = await one<{ token: string }>(medusaDb, `SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL LIMIT 1`)
    for (const customer of DEMO_CUSTOMERS.slice(0, 2)) {
      const token = await signInCustomer(inject("medusaUrl"), key, customer.customerNumber, DEMO_CUSTOMER_PASSWORD)
      const headers = { "x-publishable-api-key": key, authorization: `Bearer ${token}` }
      const response = await fetch(new URL("/store/orders?limit=1&fields=id,metadata", inject("medusaUrl")), { headers })
      expect(response.status).toBe(200)
      const body = (await response.json()) as { count: number; orders: { metadata: { ord_no: number } }[] }
      const { n } = await one<{ n: number }>(orderflow, `SELECT count(*)::int AS n FROM ord_hdr WHERE cust_no = $1`, [customer.customerNumber])
      const { visible } = await one<{ visible: number }>(
        medusaDb,
        `SELECT count(*)::int AS visible FROM erp_order WHERE cust_no = $1 AND deleted_at IS NULL AND visible_until > now()`,
        [customer.customerNumber]
      )
      // 30 months of ERP history: older orders, long-cancelled ones and stale drafts stay out of the stock list too.
      expect(visible).toBeGreaterThan(0)
      expect(visible).toBeLessThan(n)
      expect(body.count).toBe(visible)
      const portal = (await (await fetch(new URL("/store/portal/orders?limit=1", inject("medusaUrl")), { headers })).json()) as { count: number }
      expect(portal.count).toBe(visible)
      const { cust_no } = await one<{ cust_no: string }>(orderflow, `SELECT cust_no FROM ord_hdr WHERE ord_no = $1`, [body.orders[0]!.metadata.ord_no])
      expect(cust_no).toBe(customer.customerNumber)

      const hidden = await one<{ order_id: string }>(
        medusaDb,
        `SELECT order_id FROM erp_order WHERE cust_no = $1 AND deleted_at IS NULL AND visible_until <= now() AND order_id IS NOT NULL LIMIT 1`,
        [customer.customerNumber]
      )
      expect((await fetch(new URL(`/store/orders/${hidden.order_id}`, inject("medusaUrl")), { headers })).status).toBe(404)
    }
  })
})
