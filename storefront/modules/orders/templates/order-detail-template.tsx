import { ORDER_STATUS_LABEL } from "@portal/integrations/order-status"
import Link from "next/link"
import { formatDateTime, formatDay, formatQuantity, formatRand, johannesburgToday } from "@/lib/util/format"
import type { OrderDetail } from "@/lib/data/orders"
import { isLate } from "@/lib/util/order-late"
import { Card } from "@/modules/common/components/card"
import { PageHeader } from "@/modules/common/components/page-header"
import { PrintButton } from "@/modules/common/components/print-button"
import { ScrollableTable } from "@/modules/common/components/scrollable-table"
import { Totals } from "@/modules/common/components/totals"
import { DeliveryEstimate } from "../components/delivery-estimate"
import { OrderProgress } from "../components/order-progress"
import { ReorderForm } from "../components/reorder-form"
import styles from "./order-history-template.module.css"

/** Statuses on the way to a delivery: each has an estimate when enough comparable orders came before. */
const OPEN = new Set(["PE", "CF", "PR", "PK", "SH", "HD"])

export function OrderDetailTemplate({ order }: { order: OrderDetail }) {
  const eta = order.shipments.findLast((shipment) => shipment.eta_date && !shipment.delivered_at)?.eta_date ?? null
  const late = isLate({ status: order.status, promised_date: order.promised_date, eta_date: eta }, johannesburgToday())
  const address = order.delivery_address
  return (
    <>
      <PageHeader title={`Order ${order.ord_no}`}>
        <p>
          Placed {formatDateTime(order.ordered_at)}
          {order.portal_reference ? ` in the portal (${order.portal_reference})` : ""}
          {order.po_ref ? ` · PO ${order.po_ref}` : ""} ·{" "}
          <span className={`${styles.badge} ${styles[`status${order.status}`] ?? ""}`}>{ORDER_STATUS_LABEL[order.status]}</span>
        </p>
        <p className={`${styles.actions} no-print`}>
          <Link href="/account/orders">Back to all orders</Link>
          <a href={`/account/orders/${order.ord_no}/confirmation`} download>
            Download confirmation (PDF)
          </a>
          <PrintButton label="Print this order" />
          <Link href={`/account/support/new?order=${order.ord_no}`}>Report a problem</Link>
        </p>
      </PageHeader>

      <Card title="Progress">
        <OrderProgress order={order} />
      </Card>

      <Card title="Delivery">
        {late ? (
          <p role="status">
            <strong>Late:</strong> we expected to deliver by {formatDay(eta ?? order.promised_date!)} and it has not been delivered yet.
          </p>
        ) : null}
        {order.estimate ? (
          <DeliveryEstimate estimate={order.estimate} promisedDate={order.promised_date} late={late} />
        ) : OPEN.has(order.status) ? (
          <p>No estimate yet: too few past orders were in this status this long to say when orders like it arrive.</p>
        ) : null}
        <p>
          {order.status === "DL"
            ? "Delivered."
            : `Promised for ${order.promised_date ? formatDay(order.promised_date) : "a date we will confirm"}${eta ? `; the carrier expects ${formatDay(eta)}` : ""}.`}
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
                {shipment.own_fleet ? (
                  "Our own delivery vehicle (no tracking number)"
                ) : (
                  <>
                    {shipment.carrier_name}, waybill{" "}
                    {shipment.tracking_url ? (
                      <a href={shipment.tracking_url} target="_blank" rel="noopener noreferrer">
                        {shipment.waybill}
                        <span className="visually-hidden"> (track with {shipment.carrier_name}, opens in a new tab)</span>
                      </a>
                    ) : (
                      (shipment.waybill ?? "to follow")
                    )}
                  </>
                )}
                {shipment.shipped_at ? ` · shipped ${formatDateTime(shipment.shipped_at)}` : ""}
                {shipment.delivered_at
                  ? ` · delivered ${formatDateTime(shipment.delivered_at)}${shipment.pod_name ? `, signed by ${shipment.pod_name}` : ""}`
                  : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </Card>

      <Card title="Lines">
        <ScrollableTable label="Order lines">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">SKU</th>
              <th scope="col" className={styles.money}>
                Quantity
              </th>
              <th scope="col" className={styles.money}>
                Shipped
              </th>
              <th scope="col" className={styles.money}>
                Back-ordered
              </th>
              <th scope="col" className={styles.money}>
                Unit price
              </th>
              <th scope="col" className={styles.money}>
                Discount
              </th>
              <th scope="col" className={styles.money}>
                Line total
              </th>
              <th scope="col" className="no-print">
                Problem?
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.line_no}>
                <th scope="row">{line.description}</th>
                <td>{line.sku ?? "—"}</td>
                <td className={styles.money}>
                  {formatQuantity(line.quantity)} {line.uom ?? ""}
                </td>
                <td className={styles.money}>{formatQuantity(line.quantity_shipped)}</td>
                <td className={styles.money}>{formatQuantity(line.quantity_back_ordered)}</td>
                <td className={styles.money}>{formatRand(line.unit_price_cents)}</td>
                <td className={styles.money}>{line.discount_percent ? `${line.discount_percent} %` : "—"}</td>
                <td className={styles.money}>{formatRand(line.line_total_cents)}</td>
                <td className="no-print">
                  <Link href={`/account/support/new?order=${order.ord_no}&line=${line.line_no}`}>
                    Report<span className="visually-hidden"> a problem with {line.description}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
        <Totals
          label="Order totals"
          rows={[
            { label: "Subtotal", cents: order.sub_total_cents },
            { label: "VAT", cents: order.vat_total_cents },
            { label: "Total", cents: order.total_cents, strong: true },
          ]}
        />
      </Card>

      {order.lines.length > 0 && order.status !== "DR" ? (
        <div id="order-again" className="no-print">
          <Card title="Order again">
            <ReorderForm ordNo={order.ord_no} lines={order.lines} />
          </Card>
        </div>
      ) : null}
    </>
  )
}
