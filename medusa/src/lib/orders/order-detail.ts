import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
// The shape is shared with the storefront, which reads it.
import type { OrderAddress, OrderDetail, OrderLine } from "@portal/integrations/order-status"
import { trackShipment } from "@portal/integrations/tracking"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import { REORDER_MODULE } from "../../modules/reorder"
import type ReorderModuleService from "../../modules/reorder/service"

/** Throws a 400 for anything but an OrderFlow order number. */
export function assertOrderNumber(ordNo: string | undefined): number {
  if (!ordNo || !/^\d{1,9}$/.test(ordNo)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "An order number has digits only, like 100195.")
  return Number(ordNo)
}

/** What query.graph gives of a native order's lines and delivery address. */
interface NativeOrderRecord {
  shipping_address: OrderAddress | null
  items: {
    title: string
    variant_sku: string | null
    metadata: { line_no?: number; uom?: string | null; qty_shipped?: string | null; disc_pct?: number | null } | null
    raw_quantity: { value: string }
    raw_unit_price: { value: string }
    adjustments: { raw_amount: { value: string } }[] | null
  }[]
}

/** Rand as whole cents, half away from zero (BigNumber's ROUND_HALF_UP), as PostgreSQL's round() and the ERP do. */
const toCents = (rand: ReturnType<typeof MathBN.convert>) => rand.times(100).decimalPlaces(0, 4).toNumber()

function orderLine(item: NativeOrderRecord["items"][number], status: OrderDetail["status"]): OrderLine {
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
    unit_price_cents: toCents(MathBN.convert(item.raw_unit_price.value)),
    line_total_cents: toCents(MathBN.sub(MathBN.mult(quantity, item.raw_unit_price.value), discount)),
  }
}

/**
 * One of a customer's orders by its OrderFlow number: header, status timeline and shipments with tracking (the
 * OrderFlow sync module, which filters by customer and visibility in its query), the lines as ordered and the
 * delivery address (the native order, through query.graph), and the portal reference of a reorder (the reorder
 * module). Someone else's order, or one outside the visibility windows, is "not found".
 */
export async function loadCustomerOrder(container: MedusaContainer, customerId: string, ordNo: number): Promise<OrderDetail> {
  const facts = await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).retrieveCustomerOrder(customerId, ordNo)
  if (!facts) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${ordNo} was not found among your orders.`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [native, reorders] = await Promise.all([
    facts.order_id
      ? query.graph({
          entity: "order",
          fields: ["shipping_address.address_1", "shipping_address.address_2", "shipping_address.city", "shipping_address.province", "shipping_address.postal_code",
            "shipping_address.country_code", "items.*", "items.adjustments.*"],
          filters: { id: facts.order_id },
        })
      : Promise.resolve({ data: [] }),
    container.resolve<ReorderModuleService>(REORDER_MODULE).listReorders({ erp_ord_no: ordNo, customer_id: customerId }, { select: ["reference"], take: 1 }),
  ])
  const order = (native.data as unknown as NativeOrderRecord[])[0]
  const address = order?.shipping_address
  return {
    ...facts,
    portal_reference: reorders[0]?.reference ?? null,
    delivery_address: address
      ? { address_1: address.address_1, address_2: address.address_2, city: address.city, province: address.province, postal_code: address.postal_code, country_code: address.country_code }
      : null,
    shipments: facts.shipments.map((shipment) => ({ ...shipment, ...trackShipment(shipment.carrier, shipment.waybill) })),
    lines: (order?.items ?? []).map((item) => orderLine(item, facts.status)).sort((a, b) => a.line_no - b.line_no),
  }
}
