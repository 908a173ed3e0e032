import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { decimalStringToCents } from "@portal/integrations"
import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { toErpTimestamp } from "@portal/integrations/orderflow/stand-in"
import { reconcileOrderflow } from "../../src/lib/orderflow/reconcile"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import seed from "../../src/scripts/seed"
import { PORTAL_PUBLISHABLE_KEY_TITLE } from "../../src/scripts/seed/store"
import monthlyStatementsJob from "../../src/jobs/monthly-statements"
import { startInbox } from "../utils/inbox"
import { standInErp } from "../utils/stand-in-erp"

/** OrderFlow's product table is the portal's catalogue: imported, kept up to date, and reconciled SKU by SKU. */
const erpDatabase = standInErp("orderflow_catalogue_test")
// Every mail the portal sends in this file lands here: a first start on a real ERP must send none.
const inbox = startInbox(12528)
process.env.SMTP_URL = inbox.url
beforeAll(() => inbox.listening)
afterAll(() => inbox.close())
const erp = erpDatabase.query
const erpNow = (minutesAfter: number) => toErpTimestamp(new Date(Date.now() + minutesAfter * 60_000))

interface StoreProduct {
  title: string
  external_id: string
  variants: { sku: string; title: string; calculated_price: { calculated_amount: number } }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let reader: PostgresOrderFlowReader
    const sync = () => runOrderflowSync(getContainer(), { reader })

    beforeEach(async () => {
      await erpDatabase.recreate(17)
      reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
    })
    afterEach(async () => {
      await reader.close()
    })

    /** The portal's catalogue as a customer's cart sees it: SKU → title, unit and price in cents. */
    async function storeCatalogue(): Promise<Map<string, { title: string; unit: string; cents: number }>> {
      const [key] = await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: PORTAL_PUBLISHABLE_KEY_TITLE })
      const headers = { "x-publishable-api-key": key!.token }
      const { data: regions } = await api.get("/store/regions", { headers })
      const { data } = await api.get(`/store/products?limit=200&region_id=${regions.regions[0].id}&fields=title,external_id,*variants,*variants.calculated_price`, { headers })
      return new Map(
        (data.products as StoreProduct[]).map((product) => {
          const variant = product.variants[0]!
          return [variant.sku, { title: product.title, unit: variant.title, cents: decimalStringToCents(String(variant.calculated_price.calculated_amount)) }]
        })
      )
    }

    it("on its first start against an OrderFlow it never saw, sends nobody anything: seed, first import, the morning job", async () => {
      // As a real deployment configures it: not the demo, with its own staff password.
      const saved = { PORTAL_DEMO: process.env.PORTAL_DEMO, MEDUSA_ADMIN_PASSWORD: process.env.MEDUSA_ADMIN_PASSWORD }
      Object.assign(process.env, { PORTAL_DEMO: "off", MEDUSA_ADMIN_PASSWORD: "a-real-staff-password-2026" })
      try {
        await seed({ container: getContainer(), args: [] })
      } finally {
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[name]
          else process.env[name] = value
        }
      }
      await sync()
      await monthlyStatementsJob(getContainer())
      // Mail goes out after the work that caused it; give any that was queued time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(inbox.received.map((mail) => `${mail.to}: ${mail.subject}`)).toEqual([])
      // It did import: every customer, and the catalogue.
      const [{ customers }] = await erp<{ customers: number }>(`SELECT count(*)::int AS customers FROM cust_master`)
      expect(await getContainer().resolve(Modules.CUSTOMER).listCustomers({}, { select: ["id"] })).toHaveLength(customers!)
      expect((await storeCatalogue()).size).toBeGreaterThan(0)
    })

    it("sells every active OrderFlow product at its exact price and keeps discontinued ones, marked, out of the store", async () => {
      await seed({ container: getContainer(), args: [] })
      const summary = await sync()
      const products = await erp<{ sku: string; descr: string; uom: string; unit_price: string; vat_rate: string; active_flag: string }>(
        `SELECT sku, descr, uom, unit_price::text, vat_rate::text, active_flag FROM product ORDER BY sku`
      )
      expect(summary.applied.products).toBe(products.length)
      const active = products.filter((product) => product.active_flag === "Y")
      const discontinued = products.filter((product) => product.active_flag === "N")
      expect(discontinued.length).toBeGreaterThan(0)

      const store = await storeCatalogue()
      expect([...store.keys()].sort()).toEqual(active.map((product) => product.sku))
      for (const product of active) {
        expect(store.get(product.sku)).toEqual({ title: product.descr, unit: product.uom, cents: decimalStringToCents(product.unit_price) })
      }

      // Staff see every product, discontinued ones too, as OrderFlow's.
      const variants = await getContainer().resolve(Modules.PRODUCT).listProductVariants({ sku: products.map((p) => p.sku) }, { relations: ["product"] })
      expect(variants).toHaveLength(products.length)
      for (const variant of variants) {
        const erpProduct = products.find((product) => product.sku === variant.sku)!
        expect(variant.product).toMatchObject({
          external_id: erpProduct.sku,
          status: erpProduct.active_flag === "Y" ? "published" : "draft",
          metadata: expect.objectContaining({ erp_owned: true, unit: erpProduct.uom, vat_rate_basis_points: decimalStringToCents(erpProduct.vat_rate), discontinued: erpProduct.active_flag === "N" }),
        })
      }
      // A second run finds nothing new to apply.
      expect((await sync()).applied.products).toBe(0)
      expect((await reconcileOrderflow(getContainer(), reader)).discrepancies).toEqual([])
    })

    it("follows OrderFlow's price, description and discontinuation changes and new products on the next run", async () => {
      await seed({ container: getContainer(), args: [] })
      await sync()
      const [repriced, renamed, retired] = await erp<{ sku: string; unit_price: string }>(
        `SELECT sku, unit_price::text FROM product WHERE active_flag = 'Y' ORDER BY sku LIMIT 3`
      )
      const [revived] = await erp<{ sku: string; unit_price: string }>(`SELECT sku, unit_price::text FROM product WHERE active_flag = 'N' ORDER BY sku LIMIT 1`)
      await erp(`UPDATE product SET unit_price = unit_price + 10.01, last_upd = $2 WHERE sku = $1`, [repriced!.sku, erpNow(1)])
      await erp(`UPDATE product SET descr = 'Renamed in OrderFlow', uom = 'CASE', last_upd = $2 WHERE sku = $1`, [renamed!.sku, erpNow(1)])
      await erp(`UPDATE product SET active_flag = 'N', last_upd = $2 WHERE sku = $1`, [retired!.sku, erpNow(1)])
      await erp(`UPDATE product SET active_flag = 'Y', last_upd = $2 WHERE sku = $1`, [revived!.sku, erpNow(1)])
      await erp(`INSERT INTO product (sku, descr, uom, unit_price, vat_rate, active_flag, last_upd) VALUES ('NEW-9001', 'Oat milk 12 x 1 l', 'CASE', 199.99, 15.00, 'Y', $1)`, [erpNow(2)])

      const summary = await sync()
      expect(summary.applied.products).toBe(5)
      const store = await storeCatalogue()
      expect(store.get(repriced!.sku)!.cents).toBe(decimalStringToCents(repriced!.unit_price) + 1001)
      expect(store.get(renamed!.sku)).toMatchObject({ title: "Renamed in OrderFlow", unit: "CASE" })
      expect(store.has(retired!.sku)).toBe(false)
      expect(store.get(revived!.sku)!.cents).toBe(decimalStringToCents(revived!.unit_price))
      expect(store.get("NEW-9001")).toEqual({ title: "Oat milk 12 x 1 l", unit: "CASE", cents: 19_999 })
      expect((await reconcileOrderflow(getContainer(), reader)).discrepancies).toEqual([])
    })

    it("names an edit made in the Medusa admin as a difference, and the next ERP change overwrites it", async () => {
      await seed({ container: getContainer(), args: [] })
      await sync()
      const [product] = await erp<{ sku: string; descr: string }>(`SELECT sku, descr FROM product WHERE active_flag = 'Y' ORDER BY sku LIMIT 1`)
      const [variant] = await getContainer().resolve(Modules.PRODUCT).listProductVariants({ sku: product!.sku })
      // What the product page's "Edit" does: a staff member retitles the product in the admin.
      await updateProductsWorkflow(getContainer()).run({ input: { products: [{ id: variant!.product_id!, title: "Edited in the admin" }] } })
      const { discrepancies } = await reconcileOrderflow(getContainer(), reader)
      expect(discrepancies).toEqual([{ subject: `SKU ${product!.sku}`, figure: "description", erp: product!.descr, portal: "Edited in the admin" }])

      await erp(`UPDATE product SET unit_price = unit_price + 1, last_upd = $2 WHERE sku = $1`, [product!.sku, erpNow(1)])
      await sync()
      expect((await storeCatalogue()).get(product!.sku)!.title).toBe(product!.descr)
      expect((await reconcileOrderflow(getContainer(), reader)).discrepancies).toEqual([])
    })
  },
})
