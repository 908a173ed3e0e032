import type { ErpAddress, ErpOrder, ErpOrderStatus, ErpStatusChange } from "@portal/integrations/orderflow"
import type { CreateOrderDTO, OrderStatus } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { centsToDecimalString } from "@portal/integrations"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { money } from "../../../lib/bulk-upsert"
import { medusaAddressOf } from "../../../lib/orderflow/address"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"

export interface OrderImportContext {
  regionId: string
  salesChannelId: string
  /** Medusa variant and product per SKU, so imported lines can be reordered later. */
  variants: Record<string, { variantId: string; productId: string; productTitle: string }>
  customerIds: Record<string, string>
  emails: Record<string, string | null>
  addresses: Record<number, ErpAddress>
}

export interface ImportErpOrdersInput {
  orders: ErpOrder[]
  history: ErpStatusChange[]
  context: OrderImportContext
}

export interface OrderStatusChange {
  ord_no: number
  order_id: string
  customer_id: string
  from: ErpOrderStatus | null
  to: ErpOrderStatus
}

/** Medusa's own order status for an ERP status: delivered orders are complete, cancelled ones canceled. */
export function medusaStatusOf(status: ErpOrderStatus): OrderStatus {
  if (status === "DL") return "completed" as OrderStatus
  if (status === "CN") return "canceled" as OrderStatus
  if (status === "DR") return "draft" as OrderStatus
  return "pending" as OrderStatus
}

const milliCentsInRands = (milliCents: number) =>
  `${milliCents < 0 ? "-" : ""}${Math.trunc(Math.abs(milliCents) / 100_000)}.${String(Math.abs(milliCents) % 100_000).padStart(5, "0")}`
const quantity = (milli: number) => `${Math.trunc(milli / 1000)}.${String(milli % 1000).padStart(3, "0")}`

function nativeOrder(order: ErpOrder, context: OrderImportContext): CreateOrderDTO {
  const address = order.deliveryAddrId ? context.addresses[order.deliveryAddrId] : undefined
  return {
    region_id: context.regionId,
    sales_channel_id: context.salesChannelId,
    customer_id: context.customerIds[order.custNo],
    email: context.emails[order.custNo] ?? undefined,
    currency_code: order.currency.toLowerCase(),
    status: medusaStatusOf(order.status),
    no_notification: true,
    metadata: { ord_no: order.ordNo, source: "orderflow", po_ref: order.poRef },
    shipping_address: address ? medusaAddressOf(address) : undefined,
    items: order.lines.map((line) => {
      const variant = context.variants[line.sku]
      // unit price × quantity less this adjustment is exactly the ERP's rounded line total (in milli-cents).
      const discountMilliCents = line.unitPriceCents * line.qtyMilli - line.lineTotalCents * 1000
      return {
        title: line.descr,
        product_title: variant?.productTitle ?? line.descr,
        variant_sku: line.sku,
        variant_id: variant?.variantId,
        product_id: variant?.productId,
        quantity: quantity(line.qtyMilli),
        unit_price: centsToDecimalString(line.unitPriceCents),
        is_tax_inclusive: false,
        metadata: { line_no: line.lineNo, uom: line.uom, qty_shipped: quantity(line.qtyShippedMilli), disc_pct: line.discBasisPoints / 100 },
        tax_lines: [{ code: "VAT", rate: 15, description: "VAT" }],
        adjustments:
          discountMilliCents !== 0
            ? [{ code: "ERP-DISCOUNT", amount: milliCentsInRands(discountMilliCents), description: `${line.discBasisPoints / 100} % discount` }]
            : [],
      }
    }),
  }
}

/**
 * Creates a native Medusa order for each new ERP order, moves existing ones to their new status (backwards
 * too: a recalled shipment goes from shipped back to processing), and keeps the ERP facts and history beside it.
 */
export const importErpOrdersStep = createStep(
  "import-erp-orders",
  async (input: ImportErpOrdersInput, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
    const existing = await sync.ordersByNumber(input.orders.map((order) => order.ordNo))

    const fresh = input.orders.filter((order) => !existing.get(order.ordNo)?.order_id && input.context.customerIds[order.custNo])
    const created = fresh.length ? await orderModule.createOrders(fresh.map((order) => nativeOrder(order, input.context))) : []
    // Matched by the ERP number each order carries, not by position: createOrders does not promise input order.
    const orderIds = new Map<number, string>(created.map((order) => [Number(order.metadata?.ord_no), order.id]))
    for (const [ordNo, row] of existing) if (row.order_id) orderIds.set(ordNo, row.order_id)

    const changes: OrderStatusChange[] = []
    const statusUpdates: { id: string; status: OrderStatus }[] = []
    for (const order of input.orders) {
      const before = existing.get(order.ordNo)
      const orderId = orderIds.get(order.ordNo)
      if (!orderId) continue
      if (before?.status !== order.status) {
        changes.push({ ord_no: order.ordNo, order_id: orderId, customer_id: input.context.customerIds[order.custNo]!, from: (before?.status as ErpOrderStatus) ?? null, to: order.status })
        if (before) statusUpdates.push({ id: orderId, status: medusaStatusOf(order.status) })
      }
    }
    if (statusUpdates.length) await orderModule.updateOrders(statusUpdates)

    const historyByOrder = new Map<number, ErpStatusChange[]>()
    for (const change of input.history) historyByOrder.set(change.ordNo, [...(historyByOrder.get(change.ordNo) ?? []), change])
    await sync.upsertErpRows(
      "erp_order",
      "ord_no",
      "erpord",
      input.orders
        .filter((order) => input.context.customerIds[order.custNo])
        .map((order) => {
          const history = historyByOrder.get(order.ordNo) ?? []
          const latest = history[history.length - 1]
          return {
            ord_no: order.ordNo,
            order_id: orderIds.get(order.ordNo) ?? null,
            cust_no: order.custNo,
            customer_id: input.context.customerIds[order.custNo]!,
            status: order.status,
            ordered_at: order.orderedAt,
            status_changed_at: latest?.changedAt ?? null,
            cancelled_at: order.status === "CN" ? (latest?.changedAt ?? null) : null,
            po_ref: order.poRef,
            requested_date: order.requestedDate,
            promised_date: order.promisedDate,
            ...money("sub_total", order.subTotalCents),
            ...money("vat_total", order.vatCents),
            ...money("total", order.totalCents),
            currency_code: order.currency.toLowerCase(),
            notes: order.notes,
            last_upd: order.lastUpd,
          }
        })
    )
    await sync.upsertErpRows(
      "erp_status_change",
      "hist_id",
      "erpsts",
      input.history.map((change) => ({
        hist_id: change.histId,
        ord_no: change.ordNo,
        status: change.status,
        changed_at: change.changedAt,
        changed_by: change.changedBy,
        remark: change.remark,
      }))
    )
    return new StepResponse({ changes, created: created.length }, created.map((order) => order.id))
  },
  async (createdOrderIds, { container }) => {
    if (createdOrderIds?.length) await container.resolve(Modules.ORDER).deleteOrders(createdOrderIds)
  }
)
