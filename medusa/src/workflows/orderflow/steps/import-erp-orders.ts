import { type ErpOrder, type ErpOrderStatus, type ErpStatusChange, fromErpTimestamp } from "@portal/integrations/orderflow"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { bulkUpsert } from "../../../lib/bulk-upsert"
import { erpTotals } from "../../../lib/money-columns"
import {
  type NativeOrderContext,
  type NativeOrdersSnapshot,
  insertNativeOrders,
  linesHashOf,
  replaceNativeOrderLines,
  deleteNativeOrders,
  restoreNativeOrders,
  snapshotNativeOrders,
  updateNativeOrderStatuses,
} from "../../../lib/orderflow/native-orders"
import { type RowSnapshot, restoreRows, snapshotRows } from "../../../lib/sql/row-snapshot"

export interface ImportErpOrdersInput {
  orders: ErpOrder[]
  history: ErpStatusChange[]
  context: NativeOrderContext
}

export interface OrderStatusChange {
  ord_no: number
  order_id: string
  customer_id: string
  from: ErpOrderStatus | null
  to: ErpOrderStatus
}

interface ImportedOrder {
  ord_no: number
  order_id: string | null
  status: ErpOrderStatus
  lines_hash: string | null
}

/** What "search by product" matches an order on: each line's SKU and description as ordered, lower-cased. */
export const lineSearchOf = (lines: { sku: string; descr: string }[]) => lines.map((line) => `${line.sku} ${line.descr}`).join("\n").toLowerCase()

export interface ImportedErpOrders {
  changes: OrderStatusChange[]
  created: number
  linesRewritten: number
  /** What undoing the page takes (when asked for): the orders it created, and everything it changed as it was. */
  undo: ImportUndo | null
}

/** A page's writes, undone: created native orders go, changed ones and the ERP rows get their old values back. */
export interface ImportUndo {
  createdOrderIds: string[]
  nativeOrders: NativeOrdersSnapshot
  erpOrders: RowSnapshot
  history: RowSnapshot
}

/**
 * Creates a native Medusa order for each new ERP order, rewrites the lines of orders whose lines changed, moves
 * existing ones to their new status (backwards too: a recalled shipment goes from shipped back to processing),
 * and keeps the ERP facts and history beside them — all of a page in one transaction, so a page is applied
 * whole or not at all and a re-run never creates an order twice. The import step's work; the first import calls it
 * directly (see sync-runner: loading history announces nothing).
 */
export async function importErpOrders(input: ImportErpOrdersInput, container: MedusaContainer, options: { keepUndo: boolean }): Promise<ImportedErpOrders> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { context } = input
  const orders = input.orders.filter((order) => context.customerIds[order.custNo])
  const historyByOrder = new Map<number, ErpStatusChange[]>()
  for (const change of input.history) {
    const list = historyByOrder.get(change.ordNo) ?? []
    list.push(change)
    historyByOrder.set(change.ordNo, list)
  }
  /**
   * When the order reached the status it has now: its latest history entry when that entry is for this status.
   * OrderFlow does not always write one (a cancellation often has none); then the header's last_upd, the last
   * time the ERP touched the order, is the time it reached its status. Every "since when" rule reads this
   * (cancelled orders' 90 days, "on hold since", recent changes), so none of them falls back to the import's clock.
   */
  const reachedStatusAt = (order: ErpOrder): Date => {
    const latest = historyByOrder.get(order.ordNo)?.at(-1)
    return latest?.status === order.status ? latest.changedAt : fromErpTimestamp(order.lastUpd)
  }
  const canceledAt = (order: ErpOrder) => (order.status === "CN" ? reachedStatusAt(order) : null)

  return await knex.transaction(async (trx) => {
    const { rows } = await trx.raw(`SELECT ord_no, order_id, status, lines_hash FROM erp_order WHERE ord_no = ANY(?) AND deleted_at IS NULL`, [
      orders.map((order) => order.ordNo),
    ])
    const existing = new Map((rows as ImportedOrder[]).map((row) => [Number(row.ord_no), row]))

    const fresh = orders.filter((order) => !existing.get(order.ordNo)?.order_id)
    const orderIds = await insertNativeOrders(trx, fresh.map((order) => ({ order, canceledAt: canceledAt(order) })), context)
    for (const [ordNo, row] of existing) if (row.order_id) orderIds.set(ordNo, row.order_id)

    const changes: OrderStatusChange[] = []
    const statusUpdates: { orderId: string; status: ErpOrderStatus; canceledAt: Date | null }[] = []
    const changedLines: { orderId: string; order: ErpOrder }[] = []
    for (const order of orders) {
      const before = existing.get(order.ordNo)
      const orderId = orderIds.get(order.ordNo)!
      if (before?.status !== order.status) {
        changes.push({ ord_no: order.ordNo, order_id: orderId, customer_id: context.customerIds[order.custNo]!, from: before?.status ?? null, to: order.status })
        if (before?.order_id) statusUpdates.push({ orderId, status: order.status, canceledAt: canceledAt(order) })
      }
      if (before?.order_id && before.lines_hash !== linesHashOf(order)) changedLines.push({ orderId, order })
    }
    const undo = options.keepUndo
      ? {
          nativeOrders: await snapshotNativeOrders(
            trx,
            statusUpdates.map((update) => update.orderId),
            changedLines.map((change) => change.orderId)
          ),
          erpOrders: await snapshotRows(trx, "erp_order", "ord_no", orders.map((order) => order.ordNo)),
          history: await snapshotRows(trx, "erp_status_change", "hist_id", input.history.map((change) => change.histId)),
        }
      : null
    await updateNativeOrderStatuses(trx, statusUpdates)
    await replaceNativeOrderLines(trx, changedLines, context)

    await bulkUpsert(
      trx,
      "erp_order",
      ["ord_no"],
      orders.map((order) => {
        return {
          ord_no: order.ordNo,
          order_id: orderIds.get(order.ordNo)!,
          cust_no: order.custNo,
          customer_id: context.customerIds[order.custNo]!,
          status: order.status,
          ordered_at: order.orderedAt,
          status_changed_at: reachedStatusAt(order),
          cancelled_at: canceledAt(order),
          po_ref: order.poRef,
          requested_date: order.requestedDate,
          promised_date: order.promisedDate,
          ...erpTotals(order),
          notes: order.notes,
          deliv_addr_id: order.deliveryAddrId,
          deliv_province: order.deliveryAddrId === null ? null : (context.addresses[order.deliveryAddrId]?.province ?? null),
          line_count: order.lines.length,
          lines_hash: linesHashOf(order),
          line_search: lineSearchOf(order.lines),
          last_upd: order.lastUpd,
        }
      }),
      { idPrefix: "erpord" }
    )
    await bulkUpsert(
      trx,
      "erp_status_change",
      ["hist_id"],
      input.history.map((change) => ({
        hist_id: change.histId,
        ord_no: change.ordNo,
        status: change.status,
        changed_at: change.changedAt,
        changed_by: change.changedBy,
        remark: change.remark,
      })),
      { idPrefix: "erpsts" }
    )
    const created = fresh.map((order) => orderIds.get(order.ordNo)!)
    return { changes, created: created.length, linesRewritten: changedLines.length, undo: undo && { createdOrderIds: created, ...undo } }
  })
}

export const importErpOrdersStep = createStep(
  "import-erp-orders",
  async (input: ImportErpOrdersInput, { container }) => {
    const { undo, ...result } = await importErpOrders(input, container, { keepUndo: true })
    return new StepResponse(result, undo)
  },
  // A later step failed: the page is undone whole, so the next run finds it unapplied and applies it once.
  async (undo, { container }) => {
    if (!undo) return
    const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    // One transaction, like the page itself: the ERP rows as they were, the native orders it created gone (by the
    // same tables insertNativeOrders wrote), the ones it moved or rewrote as they were.
    await knex.transaction(async (trx) => {
      await restoreRows(trx, undo.erpOrders, undo.history)
      await restoreNativeOrders(trx, undo.nativeOrders)
      await deleteNativeOrders(trx, undo.createdOrderIds)
    })
  }
)
