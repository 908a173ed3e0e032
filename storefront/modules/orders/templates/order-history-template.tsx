import { ORDER_STATUS_LABEL } from "@portal/integrations/order-status"
import Link from "next/link"
import { formatDate, formatDay, formatRand, johannesburgToday } from "@/lib/util/format"
import { isLate } from "@/lib/util/order-late"
import type { OrderHistory, OrderHistoryQuery, OrderSummary } from "@/lib/data/orders"
import { Card } from "@/modules/common/components/card"
import { Pagination } from "@/modules/common/components/pagination"
import { DateRangeFields } from "@/modules/common/components/date-range-fields"
import formStyles from "@/modules/common/components/form.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { ScrollableTable } from "@/modules/common/components/scrollable-table"
import type { PendingReorder } from "@/lib/data/reorders"
import { PendingReorders } from "../components/pending-reorders"
import styles from "./order-history-template.module.css"

const STATUS_FILTERS = [
  ["all", "All"],
  ["active", "Active"],
  ["delivered", "Delivered"],
  ["cancelled", "Cancelled"],
  ["drafts", "Drafts"],
] as const

function expectedDelivery(order: OrderSummary): string {
  if (order.status === "DL") return "Delivered"
  if (order.status === "CN" || order.status === "DR") return "—"
  if (order.eta_date) return `${formatDay(order.eta_date)} (carrier)`
  return order.promised_date ? formatDay(order.promised_date) : "Not promised yet"
}

function pageLink(query: OrderHistoryQuery, offset: number): string {
  const params = new URLSearchParams(
    Object.entries({ ...query, offset: offset || undefined, limit: undefined }).flatMap(([key, value]) =>
      value === undefined || value === "" ? [] : [[key, String(value)]],
    ),
  )
  const search = params.toString()
  return `/account/orders${search ? `?${search}` : ""}`
}

export function OrderHistoryTemplate({
  query,
  history,
  pending,
  submitted,
}: {
  query: OrderHistoryQuery
  history: OrderHistory
  pending: PendingReorder[]
  submitted?: string
}) {
  const filtered = Boolean(query.q || query.from || query.to || (query.status && query.status !== "all"))
  const today = johannesburgToday()
  return (
    <>
      <PageHeader title="Orders">
        <p>Every order of the last 24 months; cancelled orders for 90 days and drafts for 7.</p>
      </PageHeader>
      <PendingReorders reorders={pending} submitted={submitted} />
      <Card title="Find an order">
        {/* A plain GET form: the filters live in the address, so back, forward and shared links work. */}
        <form method="get" action="/account/orders" className={styles.filters} role="search" aria-label="Orders">
          <label className={formStyles.field}>
            <span>Order number, PO reference or product</span>
            <input name="q" type="search" defaultValue={query.q ?? ""} />
          </label>
          <label className={formStyles.field}>
            <span>Status</span>
            <select name="status" defaultValue={query.status ?? "all"}>
              {STATUS_FILTERS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <DateRangeFields from={query.from} to={query.to} />
          <label className={formStyles.field}>
            <span>Sort by</span>
            <select name="sort" defaultValue={query.sort ?? "date"}>
              <option value="date">Date</option>
              <option value="total">Total</option>
            </select>
          </label>
          <label className={formStyles.field}>
            <span>Order</span>
            <select name="order" defaultValue={query.order ?? "desc"}>
              <option value="desc">Newest or largest first</option>
              <option value="asc">Oldest or smallest first</option>
            </select>
          </label>
          <div className={styles.actions}>
            <button type="submit" className={formStyles.submit}>
              Show orders
            </button>
            {filtered ? <Link href="/account/orders">Clear filters</Link> : null}
          </div>
        </form>
      </Card>

      {"error" in history ? (
        <p role="alert" className={formStyles.error}>
          {history.error}
        </p>
      ) : history.count === 0 ? (
        <Card title="No orders">
          <p>{filtered ? "No order matches these filters. Try fewer words or a wider date range." : "You have no orders in the last 24 months."}</p>
        </Card>
      ) : (
        <section aria-label="Your orders" className={styles.results}>
          <p role="status">
            {history.count === 1 ? "1 order" : `${history.count} orders`}
            {history.count > query.limit ? `, showing ${query.offset + 1}–${Math.min(query.offset + query.limit, history.count)}` : ""}
          </p>
          <ScrollableTable label="Orders table">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Date</th>
                <th scope="col">PO reference</th>
                <th scope="col">Status</th>
                <th scope="col">Expected delivery</th>
                <th scope="col" className={styles.money}>
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {history.orders.map((order) => (
                <tr key={order.ord_no}>
                  <th scope="row">
                    <Link href={`/account/orders/${order.ord_no}`}>{order.ord_no}</Link>
                  </th>
                  <td>
                    <time dateTime={order.ordered_at}>{formatDate(order.ordered_at)}</time>
                  </td>
                  <td>{order.po_ref ?? "—"}</td>
                  <td>
                    <span className={`${styles.badge} ${styles[`status${order.status}`] ?? ""}`}>{ORDER_STATUS_LABEL[order.status]}</span>
                  </td>
                  <td>
                    {expectedDelivery(order)}
                    {isLate(order, today) ? <span className={`${styles.badge} ${styles.late}`}>Late</span> : null}
                  </td>
                  <td className={styles.money}>{formatRand(order.total_cents)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
          <Pagination offset={query.offset} limit={query.limit} count={history.count} hrefFor={(offset) => pageLink(query, offset)} />
        </section>
      )}
    </>
  )
}
