import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import seed from "../../src/scripts/seed"
import { customerHeaders, failure } from "../utils/customer-session"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the demo seed", () => {
      beforeEach(async () => {
        await seed({ container: getContainer(), args: [] })
      })

      async function publishableKey(): Promise<string> {
        const [key] = await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        if (!key) throw new Error("the seed created no publishable key")
        return key.token
      }

      it("creates a South African region in rand with 15 % VAT", async () => {
        const headers = { "x-publishable-api-key": await publishableKey() }
        const { data } = await api.get("/store/regions", { headers })
        expect(data.regions).toHaveLength(1)
        expect(data.regions[0]).toMatchObject({ name: "South Africa", currency_code: "zar" })
        expect(data.regions[0].countries.map((c: { iso_2: string }) => c.iso_2)).toEqual(["za"])

        const tax = getContainer().resolve(Modules.TAX)
        const [taxRegion] = await tax.listTaxRegions({ country_code: "za" })
        const rates = (await tax.listTaxRates({ tax_region_id: taxRegion!.id })).filter((rate) => rate.is_default)
        expect(rates.map((rate) => [rate.code, rate.rate])).toEqual([["VAT", 15]])
      })

      it("adds no catalogue of its own: the products are OrderFlow's, imported by the sync", async () => {
        const headers = { "x-publishable-api-key": await publishableKey() }
        const { data } = await api.get("/store/products?limit=100&fields=title", { headers })
        expect(data.products).toEqual([])
      })

      it("refuses store requests without the publishable key", async () => {
        const response = await api.get("/store/regions").catch((error: { response: { status: number } }) => error.response)
        expect(response.status).toBe(400)
      })

      it("lets every demo customer sign in by email or by customer number and read their own account", async () => {
        const key = await publishableKey()
        for (const demo of DEMO_CUSTOMERS) {
          for (const identifier of [demo.email, demo.customerNumber.toLowerCase()]) {
            const headers = await customerHeaders(api, key, identifier, DEMO_CUSTOMER_PASSWORD)
            const { data } = await api.get("/store/customers/me", { headers })
            expect(data.customer).toMatchObject({ email: demo.email, company_name: demo.companyName, metadata: { customer_number: demo.customerNumber } })
          }
        }
      })

      it("rejects a wrong password", async () => {
        const demo = DEMO_CUSTOMERS[0]!
        const response = await failure(api.post("/auth/customer/portal", { identifier: demo.email, password: "not-the-password" }))
        expect(response.status).toBe(401)
        expect(response.data.message).toMatch(/do not match/)
      })

      it("creates nothing twice when it runs again", async () => {
        const container = getContainer()
        const count = async () => ({
          products: (await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })).length,
          customers: (await container.resolve(Modules.CUSTOMER).listCustomers({}, { select: ["id"] })).length,
          regions: (await container.resolve(Modules.REGION).listRegions({}, { select: ["id"] })).length,
          keys: (await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })).length,
          users: (await container.resolve(Modules.USER).listUsers({}, { select: ["id"] })).length,
        })
        const before = await count()
        await seed({ container, args: [] })
        expect(await count()).toEqual(before)
        expect(before.products).toBe(0)
        expect(before.customers).toBe(DEMO_CUSTOMERS.length)
        expect(before.users).toBe(1)
      })
    })
  },
})
