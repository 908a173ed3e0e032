import { decimalStringToRoundedCents } from "@portal/integrations"
import Link from "next/link"
import { formatQuantity, formatRand } from "@/lib/util/format"
import type { ReorderCart } from "@/lib/data/reorders"
import { Card } from "@/modules/common/components/card"
import { PageHeader } from "@/modules/common/components/page-header"
import { ScrollableTable } from "@/modules/common/components/scrollable-table"
import { Totals } from "@/modules/common/components/totals"
import { CartLineForm } from "../components/cart-line-form"
import { SubmitReorderForm } from "../components/submit-reorder-form"
import styles from "./cart-template.module.css"

/** Medusa sends amounts in rands as JSON numbers; read them as the decimals they are, into cents. */
const cents = (amount: number) => decimalStringToRoundedCents(String(amount))

export function CartTemplate({ cart }: { cart: ReorderCart | null }) {
  if (!cart || cart.items.length === 0) {
    return (
      <>
        <PageHeader title="Your cart" />
        <Card title="Nothing to review">
          <p>{cart ? "You removed every line from this cart." : "There is no reorder waiting for you."} To order again, open a past order and choose “Order again”.</p>
          <Link href="/account/orders">Go to your orders</Link>
        </Card>
      </>
    )
  }
  const leftOut = cart.metadata?.left_out ?? []
  const address = cart.shipping_address
  return (
    <>
      <PageHeader title="Review your order">
        <p>
          {cart.metadata?.reorder_of ? (
            <>
              Ordering again from <Link href={`/account/orders/${cart.metadata.reorder_of}`}>order {cart.metadata.reorder_of}</Link>, at today&apos;s prices.
            </>
          ) : (
            "At today's prices."
          )}{" "}
          Nothing is ordered until you submit.
        </p>
      </PageHeader>

      {leftOut.length > 0 ? (
        <Card title="Not in this cart">
          <ul className={styles.leftOut}>
            {leftOut.map((line) => (
              <li key={line.line_no}>
                <strong>{line.description}</strong>
                {line.sku ? ` (${line.sku})` : ""}: {line.reason}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title="Lines">
        <ScrollableTable label="Cart lines">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">SKU</th>
              <th scope="col" className={styles.money}>
                Unit price
              </th>
              <th scope="col" className={styles.money}>
                Line total
              </th>
              <th scope="col">Quantity</th>
            </tr>
          </thead>
          <tbody>
            {cart.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.title}</th>
                <td>{item.variant_sku ?? "—"}</td>
                <td className={styles.money}>{formatRand(cents(item.unit_price))}</td>
                <td className={styles.money}>
                  {formatRand(cents(item.subtotal))}
                  <span className="visually-hidden"> for {formatQuantity(item.quantity)}</span>
                </td>
                <td className={styles.quantity}>
                  <CartLineForm lineId={item.id} title={item.title} quantity={item.quantity} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
        <Totals
          label="Cart totals"
          rows={[
            { label: "Subtotal", cents: cents(cart.subtotal) },
            { label: "VAT", cents: cents(cart.tax_total) },
            { label: "Total", cents: cents(cart.total), strong: true },
          ]}
        />
      </Card>

      <Card title="Deliver and submit">
        {address ? (
          <p>
            Delivering to {[address.address_1, address.address_2, [address.city, address.postal_code].filter(Boolean).join(" "), address.province].filter(Boolean).join(", ")}.
          </p>
        ) : null}
        <p>Our team enters your order in our order system and confirms it; you then follow it under Orders like any other.</p>
        <SubmitReorderForm />
      </Card>
    </>
  )
}
