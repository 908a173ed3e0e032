import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { formatRand } from "@portal/integrations"
import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import { nativeOrderLines } from "../../src/lib/read-models/native-order-lines"
import seed from "../../src/scripts/seed"
import { customerHeaders, failure } from "../utils/customer-session"
import { pdfText } from "../utils/pdf"
import { standInErp } from "../utils/stand-in-erp"

const erpDatabase = standInErp("portal_order_detail_test")
const erp = erpDatabase.query
// The ERP's data ends at the real today, so the visibility windows apply as they would in production.
beforeAll(() => erpDatabase.recreate(21, new Date()), 120_000)

const toCents = (value: string) => Math.round(Number(value) * 100)
const rand = (cents: number) => formatRand(cents).replace(/\s/g, " ")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("an order's detail", () => {
      it("shows an imported order as OrderFlow has it, to the cent, only to its owner, and audits the view", async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        const reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
        await runOrderflowSync(container, { reader })
        await reader.close()
        const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        const [owner, stranger] = [DEMO_CUSTOMERS[0]!, DEMO_CUSTOMERS[1]!]
        const headers = await customerHeaders(api, key!.token, owner.email, DEMO_CUSTOMER_PASSWORD)

        // A shipped or delivered order with a discounted line, well inside the 24 months.
        const [picked] = await erp<{ ord_no: number; sub_total: string; vat_amt: string; total_amt: string; cust_po_ref: string | null }>(
          `SELECT h.ord_no, h.sub_total, h.vat_amt, h.total_amt, h.cust_po_ref FROM ord_hdr h
            WHERE h.cust_no = $1 AND h.status_cd IN ('SH', 'DL') AND h.ord_dt > now() - interval '20 months'
              AND EXISTS (SELECT 1 FROM ord_line l WHERE l.ord_no = h.ord_no AND l.disc_pct > 0)
            ORDER BY h.ord_dt DESC LIMIT 1`,
          [owner.customerNumber]
        )
        expect(picked).toBeDefined()
        const { data } = await api.get(`/store/portal/orders/${picked!.ord_no}`, { headers })
        expect(data.order).toMatchObject({
          ord_no: picked!.ord_no,
          po_ref: picked!.cust_po_ref,
          sub_total_cents: toCents(picked!.sub_total),
          vat_total_cents: toCents(picked!.vat_amt),
          total_cents: toCents(picked!.total_amt),
        })
        const erpLines = await erp<{ line_no: number; sku: string; descr: string; qty: string; qty_shipped: string; unit_price: string; disc_pct: string; line_total: string }>(
          `SELECT line_no, sku, descr, qty, qty_shipped, unit_price, disc_pct, line_total FROM ord_line WHERE ord_no = $1 ORDER BY line_no`,
          [picked!.ord_no]
        )
        expect(
          data.order.lines.map((line: Record<string, unknown>) => [line.line_no, line.sku, line.description, line.quantity, line.quantity_shipped, line.unit_price_cents, line.discount_percent, line.line_total_cents])
        ).toEqual(erpLines.map((line) => [line.line_no, line.sku, line.descr, Number(line.qty), Number(line.qty_shipped), toCents(line.unit_price), Number(line.disc_pct), toCents(line.line_total)]))
        // Search by product finds it by any of its lines' SKU or description, in any letter case.
        const found = await api.get(`/store/portal/orders?q=${encodeURIComponent(erpLines.at(-1)!.sku.toLowerCase())}&limit=100`, { headers })
        expect(found.data.orders.map((order: { ord_no: number }) => order.ord_no)).toContain(picked!.ord_no)
        const lineSum = data.order.lines.reduce((sum: number, line: { line_total_cents: number }) => sum + line.line_total_cents, 0)
        expect(lineSum).toBe(data.order.sub_total_cents)

        const history = await erp<{ status_cd: string }>(`SELECT status_cd FROM ord_status_hist WHERE ord_no = $1 ORDER BY changed_at, hist_id`, [picked!.ord_no])
        expect(data.order.timeline.map((step: { status: string }) => step.status)).toEqual(history.map((step) => step.status_cd.trim()))
        const shipments = await erp<{ waybill: string | null; carrier_cd: string }>(`SELECT waybill_no AS waybill, carrier_cd FROM shipment WHERE ord_no = $1 ORDER BY ship_id`, [picked!.ord_no])
        expect(data.order.shipments.map((shipment: { waybill: string | null }) => shipment.waybill)).toEqual(shipments.map((shipment) => shipment.waybill))
        // Carrier shipments link to the carrier's tracking page for their waybill; the own fleet has no link.
        for (const shipment of data.order.shipments as { carrier: string; waybill: string | null; tracking_url: string | null; own_fleet: boolean }[]) {
          if (shipment.carrier === "OWN") expect(shipment).toMatchObject({ own_fleet: true, tracking_url: null })
          else expect(shipment.tracking_url).toContain(encodeURIComponent(shipment.waybill!))
        }
        expect(data.order.delivery_address).toEqual(expect.objectContaining({ country_code: expect.any(String), city: expect.any(String) }))

        const viewed = await container.resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ action: "order.viewed" })
        expect(viewed.map((entry) => entry.target_id)).toEqual([String(picked!.ord_no)])

        // The confirmation PDF: OrderFlow's numbers and the owner's watermark, as text a machine can read back.
        const download = await api.get(`/store/portal/orders/${picked!.ord_no}/confirmation`, { headers, responseType: "arraybuffer" })
        expect(download.headers["content-type"]).toBe("application/pdf")
        expect(download.headers["content-disposition"]).toContain(`order-${picked!.ord_no}-confirmation.pdf`)
        const text = pdfText(Buffer.from(download.data))
        expect(text).toContain(`ORDER CONFIRMATION ${picked!.ord_no} From`)
        expect(text).toContain(`Total ${rand(toCents(picked!.total_amt))}`)
        expect(text).toContain(erpLines[0]!.descr)
        expect(text).toMatch(new RegExp(`Customer ${owner.customerNumber} · .+ · downloaded \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} SAST`))
        const downloads = await container.resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ action: "order.document_downloaded" })
        expect(downloads.map((entry) => entry.target_id)).toEqual([String(picked!.ord_no)])

        // Someone else's order, an order past the 24 months, an unknown number and a malformed one.
        const strangerHeaders = await customerHeaders(api, key!.token, stranger.email, DEMO_CUSTOMER_PASSWORD)
        expect((await failure(api.get(`/store/portal/orders/${picked!.ord_no}`, { headers: strangerHeaders }))).status).toBe(404)
        expect((await failure(api.get(`/store/portal/orders/${picked!.ord_no}/confirmation`, { headers: strangerHeaders }))).status).toBe(404)
        const [old] = await erp<{ ord_no: number }>(`SELECT ord_no FROM ord_hdr WHERE cust_no = $1 AND ord_dt < now() - interval '25 months' LIMIT 1`, [owner.customerNumber])
        expect((await failure(api.get(`/store/portal/orders/${old!.ord_no}`, { headers }))).status).toBe(404)
        expect((await failure(api.get("/store/portal/orders/999999999", { headers }))).status).toBe(404)
        const malformed = await failure(api.get("/store/portal/orders/abc", { headers }))
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(/digits only/)
      })

      it("reads an order's lines and address in SQL exactly as query.graph over the order gives them", async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        const reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
        await runOrderflowSync(container, { reader })
        await reader.close()
        // Orders with discounted lines and fractional quantities among them: every line-total rule is exercised.
        const erpOrders = await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpOrders({}, { select: ["order_id", "status"], take: 60, order: { ord_no: "DESC" } })
        const linked = erpOrders.filter((order) => order.order_id)
        expect(linked.length).toBeGreaterThan(30)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        let discounted = 0
        for (const order of linked) {
          const { data } = await query.graph({ entity: "order", fields: ["shipping_address.*", "items.*", "items.adjustments.*"], filters: { id: order.order_id! } })
          const native = data[0] as unknown as GraphOrder
          const expected = {
            delivery_address: native.shipping_address ? pickAddress(native.shipping_address) : null,
            lines: native.items.map((item) => graphLine(item, order.status)).sort((a, b) => a.line_no - b.line_no),
          }
          discounted += native.items.filter((item) => item.adjustments?.length).length
          expect(await nativeOrderLines(container, order.order_id!, order.status), `order ${order.order_id}`).toEqual(expected)
        }
        expect(discounted, "discounted lines compared").toBeGreaterThan(0)
      })
    })
  },
})

/** What query.graph gives of a native order: the oracle the SQL read model is held to. */
interface GraphOrder {
  shipping_address: Record<string, string | null> | null
  items: {
    title: string
    variant_sku: string | null
    metadata: { line_no?: number; uom?: string | null; qty_shipped?: string | null; disc_pct?: number | null } | null
    raw_quantity: { value: string }
    raw_unit_price: { value: string }
    adjustments: { raw_amount: { value: string } }[] | null
  }[]
}

const pickAddress = (address: Record<string, string | null>) => ({
  address_1: address.address_1,
  address_2: address.address_2,
  city: address.city,
  province: address.province,
  postal_code: address.postal_code,
  country_code: address.country_code,
})

/** Rand as whole cents, half away from zero (BigNumber's ROUND_HALF_UP), as PostgreSQL's round() does. */
const bnCents = (rand: ReturnType<typeof MathBN.convert>) => rand.times(100).decimalPlaces(0, 4).toNumber()

function graphLine(item: GraphOrder["items"][number], status: string) {
  const quantity = MathBN.convert(item.raw_quantity.value)
  const discount = MathBN.add(0, ...(item.adjustments ?? []).map((adjustment) => adjustment.raw_amount.value))
  const shipped = Number(item.metadata?.qty_shipped ?? 0)
  return {
    description: item.title,
    sku: item.variant_sku ?? null,
    uom: item.metadata?.uom ?? null,
    line_no: Number(item.metadata?.line_no),
    quantity: quantity.toNumber(),
    quantity_shipped: shipped,
    quantity_back_ordered: ["SH", "DL"].includes(status) ? Math.max(0, quantity.toNumber() - shipped) : 0,
    discount_percent: Number(item.metadata?.disc_pct ?? 0),
    unit_price_cents: bnCents(MathBN.convert(item.raw_unit_price.value)),
    line_total_cents: bnCents(MathBN.sub(MathBN.mult(quantity, item.raw_unit_price.value), discount)),
  }
}
