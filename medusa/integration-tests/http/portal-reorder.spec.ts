import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_CATALOGUE, DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS, PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { toErpTimestamp } from "@portal/integrations/orderflow/stand-in"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import seed from "../../src/scripts/seed"
import { seedStaffUser } from "../../src/scripts/seed/staff-user"
import { CUSTOMER_ACCESS_MODULE } from "../../src/modules/customer-access"
import type CustomerAccessModuleService from "../../src/modules/customer-access/service"
import { addColleague } from "../utils/colleague"
import { customerHeaders, failure } from "../utils/customer-session"
import { standInErp } from "../utils/stand-in-erp"

const erpDatabase = standInErp("portal_reorder_test")
const erp = erpDatabase.query
beforeAll(() => erpDatabase.recreate(33, new Date()), 120_000)

const STAFF = { email: "reorder-staff@wholesale.example", password: "reorder-staff-2026" }
const discontinued = DEMO_CATALOGUE.filter((product) => !product.active).map((product) => product.sku)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("reorder", () => {
      const sync = async () => {
        const reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
        await runOrderflowSync(getContainer(), { reader })
        await reader.close()
      }

      it("puts an order into a cart at today's prices, queues the submitted cart for staff, and links it when OrderFlow has it", async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        await sync()
        const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        const [owner, stranger] = [DEMO_CUSTOMERS[0]!, DEMO_CUSTOMERS[1]!]
        const headers = await customerHeaders(api, key!.token, owner.email, DEMO_CUSTOMER_PASSWORD)
        const strangerHeaders = await customerHeaders(api, key!.token, stranger.email, DEMO_CUSTOMER_PASSWORD)

        // An order of the last months with a discontinued product on it, and at least one product still sold.
        const [picked] = await erp<{ ord_no: number }>(
          `SELECT h.ord_no FROM ord_hdr h WHERE h.cust_no = $1 AND h.status_cd IN ('SH', 'DL') AND h.ord_dt > now() - interval '20 months'
              AND EXISTS (SELECT 1 FROM ord_line l WHERE l.ord_no = h.ord_no AND l.sku = ANY($2))
              AND EXISTS (SELECT 1 FROM ord_line l WHERE l.ord_no = h.ord_no AND NOT l.sku = ANY($2))
            ORDER BY h.ord_dt DESC LIMIT 1`,
          [owner.customerNumber, discontinued]
        )
        expect(picked, "the stand-in ERP has an order with a discontinued product").toBeDefined()
        const lines = await erp<{ line_no: number; sku: string; qty: string }>(`SELECT line_no, sku, qty FROM ord_line WHERE ord_no = $1 ORDER BY line_no`, [picked!.ord_no])

        // Bad input first: unknown lines, someone else's order, a malformed body.
        expect((await failure(api.post(`/store/portal/orders/${picked!.ord_no}/reorder`, { line_nos: [999] }, { headers }))).data.message).toMatch(/has no line 999/)
        expect((await failure(api.post(`/store/portal/orders/${picked!.ord_no}/reorder`, {}, { headers: strangerHeaders }))).status).toBe(404)
        expect((await failure(api.post(`/store/portal/orders/${picked!.ord_no}/reorder`, { line_nos: ["x"] }, { headers }))).status).toBe(400)
        const onlyDiscontinued = lines.filter((line) => discontinued.includes(line.sku)).map((line) => line.line_no)
        const nothingLeft = await failure(api.post(`/store/portal/orders/${picked!.ord_no}/reorder`, { line_nos: onlyDiscontinued }, { headers }))
        expect(nothingLeft.status).toBe(400)
        expect(nothingLeft.data.message).toMatch(/can be ordered again: .*discontinued/)

        const { data: made } = await api.post(`/store/portal/orders/${picked!.ord_no}/reorder`, {}, { headers })
        expect(made.left_out.map((line: { line_no: number }) => line.line_no)).toEqual(onlyDiscontinued)
        expect(made.left_out[0].reason).toMatch(/discontinued/)
        const { data: cartData } = await api.get(`/store/carts/${made.cart_id}?fields=*items,*shipping_address,metadata`, { headers })
        const cart = cartData.cart
        const sold = lines.filter((line) => !discontinued.includes(line.sku))
        expect(cart.items.map((item: { variant_sku: string; quantity: number }) => [item.variant_sku, item.quantity]).sort()).toEqual(
          sold.map((line) => [line.sku, Number(line.qty)]).sort()
        )
        // Today's price is the catalogue's price now, not the price on the old order.
        for (const item of cart.items as { variant_sku: string; unit_price: number }[]) {
          const product = DEMO_CATALOGUE.find((entry) => entry.sku === item.variant_sku)!
          expect(Math.round(item.unit_price * 100)).toBe(product.priceCents)
        }
        expect(cart.metadata.reorder_of).toBe(picked!.ord_no)
        expect(cart.shipping_address.city).toBeTruthy()

        // The customer reviews: changes a quantity with Medusa's own cart route; nobody else may touch the cart.
        const firstItem = cart.items[0] as { id: string }
        await api.post(`/store/carts/${made.cart_id}/line-items/${firstItem.id}`, { quantity: 7 }, { headers })
        expect((await failure(api.get(`/store/carts/${made.cart_id}`, { headers: strangerHeaders }))).status).toBe(404)
        expect((await failure(api.post("/store/portal/reorders", { cart_id: made.cart_id }, { headers: strangerHeaders }))).status).toBe(404)
        expect((await failure(api.post(`/store/carts/${made.cart_id}/complete`, {}, { headers }))).status).toBe(403)

        // A Buyer of the account limited to another of its delivery addresses cannot send this cart there.
        const branch = (await api.post("/store/portal/addresses", { address_1: "1 Branch Rd", city: "Cape Town", province: "Western Cape", postal_code: "8001" }, { headers })).data.address
        const ownerId = (await container.resolve(Modules.CUSTOMER).listCustomers({ email: owner.email }, { select: ["id"] }))[0]!.id
        const buyer = await addColleague(container, ownerId, { email: "branch.buyer@example.com", password: "branch buyer passphrase", role: "buyer" })
        await container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.updateMembership(buyer.id, { role: "buyer", locationIds: [branch.id] })
        const branchBuyer = await customerHeaders(api, key!.token, "branch.buyer@example.com", "branch buyer passphrase")
        const elsewhere = await failure(api.post("/store/portal/reorders", { cart_id: made.cart_id }, { headers: branchBuyer }))
        expect(elsewhere.status).toBe(400)
        expect(elsewhere.data.message).toMatch(/^You order for your own delivery addresses only \(.*1 Branch Rd, Cape Town\)\. Choose one of them for this order\.$/)
        // …nor order again an order delivered elsewhere.
        expect((await failure(api.post(`/store/portal/orders/${picked!.ord_no}/reorder`, {}, { headers: branchBuyer }))).status).toBe(404)

        const { data: submitted } = await api.post("/store/portal/reorders", { cart_id: made.cart_id, po_ref: "PO-REORDER-1", notes: "Back door, please" }, { headers })
        const reference = submitted.reorder.reference as string
        expect(reference).toMatch(/^WEB-\d+$/)
        expect((await failure(api.post("/store/portal/reorders", { cart_id: made.cart_id }, { headers }))).data.message).toMatch(/already been submitted/)
        expect((await api.get("/store/portal/reorders", { headers })).data.reorders.map((entry: { reference: string }) => entry.reference)).toEqual([reference])
        expect((await api.get("/store/portal/reorders", { headers: strangerHeaders })).data.reorders).toEqual([])

        // Staff see it in the queue, with its lines, and can export the queue as CSV.
        await seedStaffUser(container, STAFF)
        const staff = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", STAFF)).data.token}` }
        const { data: queue } = await api.get("/admin/portal/reorders", { headers: staff })
        expect(queue.reorders).toHaveLength(1)
        expect(queue.reorders[0]).toMatchObject({ reference, cust_no: owner.customerNumber, po_ref: "PO-REORDER-1", source_ord_no: picked!.ord_no, status: "awaiting_entry" })
        expect(queue.reorders[0].lines.find((line: { quantity: number }) => line.quantity === 7)).toBeDefined()
        const csv = (await api.get("/admin/portal/reorders/export", { headers: staff })).data as string
        expect(csv.split("\n")[0]).toBe("reference,submitted_at,customer_number,customer,po_reference,notes,deliver_to,sku,description,quantity,unit_price")
        expect(csv).toContain(`${reference},`)
        expect(csv.trim().split("\n")).toHaveLength(1 + sold.length)
        expect((await failure(api.get("/admin/portal/reorders", { headers }))).status).toBe(401)

        // Staff key it into OrderFlow with the reference in the notes; the next sync links the two.
        const [{ next }] = await erp<{ next: number }>(`SELECT max(ord_no) + 1 AS next FROM ord_hdr`)
        const stamp = toErpTimestamp(new Date())
        await erp(
          `INSERT INTO ord_hdr (ord_no, cust_no, ord_dt, status_cd, cust_po_ref, sub_total, vat_amt, total_amt, notes, last_upd)
           VALUES ($1, $2, $3, 'PE', 'PO-REORDER-1', 100, 15, 115, $4, $3)`,
          [next, owner.customerNumber, stamp, `Portal ${reference}; back door`]
        )
        await erp(`INSERT INTO ord_line (ord_no, line_no, sku, descr, qty, uom, unit_price, line_total) VALUES ($1, 1, $2, 'Reordered', 1, 'EA', 100, 100)`, [next, sold[0]!.sku])
        await erp(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) VALUES ($1, 'PE', $2, 'CLERK')`, [next, stamp])
        await sync()
        expect((await api.get("/store/portal/reorders", { headers })).data.reorders).toEqual([])
        expect((await api.get(`/store/portal/orders/${next}`, { headers })).data.order.portal_reference).toBe(reference)
        const { data: entered } = await api.get("/admin/portal/reorders?status=entered", { headers: staff })
        expect(entered.reorders[0]).toMatchObject({ reference, status: "entered", erp_ord_no: next })

        // The modules' records meet Medusa's through read-only links (src/links), read with query.graph.
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: reorders } = await query.graph({ entity: "reorder", fields: ["reference", "customer.id", "customer.email", "cart.id", "order.id"], filters: { reference } })
        expect(reorders[0]).toMatchObject({ customer: { email: owner.email }, cart: { id: made.cart_id }, order: { id: expect.stringMatching(/^order_/) } })
        const { data: erpOrders } = await query.graph({ entity: "erp_order", fields: ["ord_no", "order.metadata", "order.customer_id", "order_id"], filters: { ord_no: picked!.ord_no } })
        expect(erpOrders[0]!.order).toMatchObject({ id: erpOrders[0]!.order_id, metadata: expect.objectContaining({ ord_no: picked!.ord_no }) })
        const { data: erpCustomers } = await query.graph({ entity: "erp_customer", fields: ["cust_no", "customer.email"], filters: { cust_no: owner.customerNumber } })
        expect(erpCustomers[0]!.customer.email).toBe(owner.email)
        expect(erpOrders[0]!.order.customer_id).toBe(reorders[0]!.customer.id)
        const { data: invoices } = await query.graph({ entity: "invoice", fields: ["number", "customer.email"], filters: { cust_no: owner.customerNumber }, pagination: { take: 3 } })
        expect(invoices.length).toBeGreaterThan(0)
        for (const invoice of invoices) expect(invoice.customer.email).toBe(owner.email)

        const actions = (await container.resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ target_id: [String(picked!.ord_no), reference] })).map((entry) => entry.action)
        expect(actions.sort()).toEqual(["order.reorder_submitted", "order.reordered"])
      })

      it("orders again a product OrderFlow added after the first import, taxed at its VAT rate, and explains one discontinued since", async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        await sync()
        const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        const owner = DEMO_CUSTOMERS[2]!
        const headers = await customerHeaders(api, key!.token, owner.email, DEMO_CUSTOMER_PASSWORD)

        // After the first import OrderFlow gets a new, zero-rated product; the customer orders it with a product
        // OrderFlow then discontinues and one still sold at the standard rate, and the order is delivered.
        const stamp = toErpTimestamp(new Date())
        await erp(`INSERT INTO product (sku, descr, uom, unit_price, vat_rate, active_flag, last_upd) VALUES ('NEW-7001', 'Oat milk 12 x 1 l', 'CASE', 219.50, 0.00, 'Y', $1)`, [stamp])
        const [retiring, kept] = await erp<{ sku: string; descr: string }>(`SELECT sku, descr FROM product WHERE active_flag = 'Y' AND sku <> 'NEW-7001' ORDER BY sku DESC LIMIT 2`)
        const [{ next }] = await erp<{ next: number }>(`SELECT max(ord_no) + 1 AS next FROM ord_hdr`)
        await erp(
          `INSERT INTO ord_hdr (ord_no, cust_no, ord_dt, status_cd, sub_total, vat_amt, total_amt, last_upd) VALUES ($1, $2, $3, 'DL', 858.50, 28.50, 887.00, $3)`,
          [next, owner.customerNumber, stamp]
        )
        await erp(
          `INSERT INTO ord_line (ord_no, line_no, sku, descr, qty, uom, unit_price, line_total)
           VALUES ($1, 1, 'NEW-7001', 'Oat milk 12 x 1 l', 3, 'CASE', 219.50, 658.50), ($1, 2, $2, $3, 1, 'EA', 100.00, 100.00), ($1, 3, $4, $5, 1, 'EA', 100.00, 100.00)`,
          [next, retiring!.sku, retiring!.descr, kept!.sku, kept!.descr]
        )
        await erp(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) VALUES ($1, 'DL', $2, 'DISPATCH')`, [next, stamp])
        await erp(`UPDATE product SET active_flag = 'N', last_upd = $2 WHERE sku = $1`, [retiring!.sku, stamp])
        await sync()

        const { data: made } = await api.post(`/store/portal/orders/${next}/reorder`, {}, { headers })
        expect(made.left_out).toEqual([{ line_no: 2, sku: retiring!.sku, description: retiring!.descr, reason: "This product has been discontinued." }])
        const { data } = await api.get(`/store/carts/${made.cart_id}?fields=*items,*items.tax_lines`, { headers })
        const items = data.cart.items as { variant_sku: string; quantity: number; unit_price: number; tax_lines: { rate: number }[] }[]
        expect(items.find((item) => item.variant_sku === "NEW-7001")).toMatchObject({ quantity: 3, unit_price: 219.5 })
        expect(items.map((item) => item.variant_sku).sort()).toEqual(["NEW-7001", kept!.sku].sort())
        // Taxed as OrderFlow taxes them: the zero-rated product at 0 %, the other at the standard 15 %.
        expect(items.find((item) => item.variant_sku === "NEW-7001")!.tax_lines.map((line) => line.rate)).toEqual([0])
        expect(items.find((item) => item.variant_sku === kept!.sku)!.tax_lines.map((line) => line.rate)).toEqual([15])
        // Around the reorder, straight at Medusa's cart route: a discontinued product cannot be added either.
        const [retiredVariant] = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: retiring!.sku })
        const smuggled = await failure(api.post(`/store/carts/${made.cart_id}/line-items`, { variant_id: retiredVariant!.id, quantity: 1 }, { headers }))
        expect(smuggled.status).toBeGreaterThanOrEqual(400)
        expect(smuggled.status).toBeLessThan(500)
        expect(smuggled.data.message).toEqual(expect.any(String))
        const { data: after } = await api.get(`/store/carts/${made.cart_id}?fields=*items`, { headers })
        expect(after.cart.items.map((item: { variant_sku: string }) => item.variant_sku).sort()).toEqual(["NEW-7001", kept!.sku].sort())

        // The old order still shows the discontinued line as it was ordered.
        const { data: detail } = await api.get(`/store/portal/orders/${next}`, { headers })
        expect(detail.order.lines.map((line: { sku: string; description: string }) => [line.sku, line.description])).toEqual([
          ["NEW-7001", "Oat milk 12 x 1 l"],
          [retiring!.sku, retiring!.descr],
          [kept!.sku, kept!.descr],
        ])
      })
    })
  },
})
