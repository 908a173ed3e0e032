import { ORDER_STATUS_LABEL } from "@portal/integrations/order-status"
import Link from "next/link"
import { formatDate, formatDay, formatDayRange, formatRand, johannesburgToday } from "@/lib/util/format"
import { isLate } from "@/lib/util/order-late"
import type { OnTimeScore } from "@/lib/data/insights"
import type { OrderHistory, OrderHistoryQuery, OrderSummary } from "@/lib/data/orders"
import { Card } from "@/modules/common/components/card"
import { DateRangeFields } from "@/modules/common/components/date-range-fields"
import formStyles from "@/modules/common/components/form.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { FilterForm, listPageHref } from "@/modules/common/components/filter-form"
import { countLine, ListTable, type ListColumn } from "@/modules/common/components/list-table"
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
  if (order.estimate) return formatDayRange(order.estimate.earliest_date, order.estimate.latest_date)
  if (order.eta_date) return `${formatDay(order.eta_date)} (carrier)`
  return order.promised_date ? formatDay(order.promised_date) : "Not promised yet"
}

const orderColumns = (today: string): ListColumn<OrderSummary>[] => [
  { header: "Order", rowHeader: true, cell: (order) => <Link href={`/account/orders/${order.ord_no}`}>{order.ord_no}</Link> },
  { header: "Date", cell: (order) => <time dateTime={order.ordered_at}>{formatDate(order.ordered_at)}</time> },
  { header: "PO reference", cell: (order) => order.po_ref ?? "—" },
  { header: "Status", cell: (order) => <span className={`${styles.badge} ${styles[`status${order.status}`] ?? ""}`}>{ORDER_STATUS_LABEL[order.status]}</span> },
  {
    header: "Expected delivery",
    cell: (order) => (
      <>
        {expectedDelivery(order)}
        {order.estimate && order.promised_date ? <span className={styles.promised}>promised {formatDay(order.promised_date)}</span> : null}
        {isLate(order, today) ? (
          <span className={`${styles.badge} ${styles.late}`}>Late</span>
        ) : order.estimate?.running_late ? (
          <span className={`${styles.badge} ${styles.late}`} data-running-late>
            Running late
          </span>
        ) : null}
      </>
    ),
  },
  { header: "Total", numeric: true, cell: (order) => formatRand(order.total_cents) },
]

export function OrderHistoryTemplate({
  query,
  history,
  pending,
  onTime,
  submitted,
}: {
  query: OrderHistoryQuery
  history: OrderHistory
  pending: PendingReorder[]
  onTime: OnTimeScore | null
  submitted?: string
}) {
  const filtered = Boolean(query.q || query.from || query.to || (query.status && query.status !== "all"))
  const today = johannesburgToday()
  return (
    <>
      <PageHeader title="Orders">
        <p>Every order of the last 24 months; cancelled orders for 90 days and drafts for 7.</p>
        {onTime && onTime.percent !== null ? (
          <p>
            <strong>{onTime.percent} % on time:</strong> {onTime.on_time} of your {onTime.deliveries} deliveries in the last {onTime.days} days arrived by the day we
            promised. Open orders show when orders like them arrive.
          </p>
        ) : null}
      </PageHeader>
      <PendingReorders reorders={pending} submitted={submitted} />
      <Card title="Find an order">
        <FilterForm action="/account/orders" label="Orders" submitLabel="Show orders" filtered={filtered} className={styles.filters}>
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
        </FilterForm>
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
        <ListTable
          label="Your orders"
          tableLabel="Orders table"
          rows={history.orders}
          rowKey={(order) => order.ord_no}
          columns={orderColumns(today)}
          summary={countLine(history.count, { one: "order", many: "orders" }, query)}
          page={{ offset: query.offset, limit: query.limit, count: history.count, hrefFor: (offset) => listPageHref("/account/orders", query, offset) }}
        />
      )}
    </>
  )
}
