import { ORDER_STATUS_LABEL } from "@portal/integrations/order-status"
import Link from "next/link"
import type { OrderDetail } from "@/lib/data/orders"
import { Card } from "@/modules/common/components/card"
import { PageHeader } from "@/modules/common/components/page-header"
import styles from "./order-history-template.module.css"

const DATE = new Intl.DateTimeFormat("en-ZA", { timeZone: "Africa/Johannesburg", dateStyle: "medium" })
const DATE_TIME = new Intl.DateTimeFormat("en-ZA", { timeZone: "Africa/Johannesburg", dateStyle: "medium", timeStyle: "short" })
const MONEY = new Intl.NumberFormat("en-ZA", { style: "currency", currency: "ZAR" })
const QUANTITY = new Intl.NumberFormat("en-ZA", { maximumFractionDigits: 3 })
const day = (value: string) => DATE.format(new Date(`${value}T12:00:00+02:00`))
const rand = (cents: number) => MONEY.format(cents / 100)

/** Today in Johannesburg, as YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Johannesburg" }).format(new Date())

export function OrderDetailTemplate({ order }: { order: OrderDetail }) {
  const open = !["DL", "CN", "DR"].includes(order.status)
  const late = open && order.promised_date !== null && order.promised_date < today()
  const eta = order.shipments.findLast((shipment) => shipment.eta_date && !shipment.delivered_at)?.eta_date ?? null
  const address = order.delivery_address
  return (
    <>
      <PageHeader title={`Order ${order.ord_no}`}>
        <p>
          Placed {DATE_TIME.format(new Date(order.ordered_at))}
          {order.po_ref ? ` · PO ${order.po_ref}` : ""} · <span className={`${styles.badge} ${styles[`status${order.status}`] ?? ""}`}>{ORDER_STATUS_LABEL[order.status]}</span>
        </p>
        <p>
          <Link href="/account/orders">Back to all orders</Link>
        </p>
      </PageHeader>

      <Card title="Delivery">
        {late ? (
          <p role="status">
            <strong>Late:</strong> we promised delivery by {day(order.promised_date!)} and it has not been delivered yet.
          </p>
        ) : null}
        <p>
          {order.status === "DL"
            ? "Delivered."
            : `Promised for ${order.promised_date ? day(order.promised_date) : "a date we will confirm"}${eta ? `; the carrier expects ${day(eta)}` : ""}.`}
        </p>
        {address ? (
          <address className={styles.address}>
            {[address.address_1, address.address_2, [address.city, address.postal_code].filter(Boolean).join(" "), address.province].filter(Boolean).join(", ")}
          </address>
        ) : null}
        {order.shipments.length > 0 ? (
          <ul>
            {order.shipments.map((shipment) => (
              <li key={shipment.ship_id}>
                {shipment.carrier === "OWN" ? "Our own delivery vehicle (no tracking number)" : `${shipment.carrier}, waybill ${shipment.waybill ?? "to follow"}`}
                {shipment.shipped_at ? ` · shipped ${DATE_TIME.format(new Date(shipment.shipped_at))}` : ""}
                {shipment.delivered_at ? ` · delivered ${DATE_TIME.format(new Date(shipment.delivered_at))}${shipment.pod_name ? `, signed by ${shipment.pod_name}` : ""}` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </Card>

      <Card title="Status history">
        <ol className={styles.timeline}>
          {order.timeline.map((step, index) => (
            <li key={`${step.changed_at}-${index}`}>
              <strong>{ORDER_STATUS_LABEL[step.status]}</strong> <time dateTime={step.changed_at}>{DATE_TIME.format(new Date(step.changed_at))}</time>
              {step.remark ? ` — ${step.remark}` : ""}
            </li>
          ))}
        </ol>
      </Card>

      <Card title="Lines">
        {/* Focusable, so keyboard users can scroll a table wider than a phone. */}
        <div className={styles.scroll} role="region" aria-label="Order lines" tabIndex={0}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">SKU</th>
                <th scope="col" className={styles.money}>Quantity</th>
                <th scope="col" className={styles.money}>Shipped</th>
                <th scope="col" className={styles.money}>Back-ordered</th>
                <th scope="col" className={styles.money}>Unit price</th>
                <th scope="col" className={styles.money}>Discount</th>
                <th scope="col" className={styles.money}>Line total</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.line_no}>
                  <th scope="row">{line.description}</th>
                  <td>{line.sku ?? "—"}</td>
                  <td className={styles.money}>
                    {QUANTITY.format(line.quantity)} {line.uom ?? ""}
                  </td>
                  <td className={styles.money}>{QUANTITY.format(line.quantity_shipped)}</td>
                  <td className={styles.money}>{QUANTITY.format(line.quantity_back_ordered)}</td>
                  <td className={styles.money}>{rand(line.unit_price_cents)}</td>
                  <td className={styles.money}>{line.discount_percent ? `${line.discount_percent} %` : "—"}</td>
                  <td className={styles.money}>{rand(line.line_total_cents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={7}>Subtotal</th>
                <td className={styles.money}>{rand(order.sub_total_cents)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={7}>VAT</th>
                <td className={styles.money}>{rand(order.vat_total_cents)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={7}>Total</th>
                <td className={styles.money}>
                  <strong>{rand(order.total_cents)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </Card>
    </>
  )
}
