import { formatRand } from "@portal/integrations"
import { PAYMENT_STATUS_LABEL } from "@portal/integrations/invoice-status"
import { ORDER_STATUS_LABEL } from "@portal/integrations/order-status"
import Link from "next/link"
import type { PortalSearchResult } from "@/lib/data/search"
import { Highlighted } from "./highlighted"
import styles from "./search-result-groups.module.css"

export function resultCount(result: PortalSearchResult): number {
  return (result.help?.hits.length ?? 0) + (result.orders?.orders.length ?? 0) + (result.invoices?.documents.length ?? 0)
}

/**
 * A search's results in labelled groups (help articles, the account's orders, its invoices and credit notes), or,
 * when nothing matched, "Ask us" with the question kept for the support form. `compact`: the header's panel.
 */
export function SearchResultGroups({ result, compact = false, onPick }: { result: PortalSearchResult; compact?: boolean; onPick?: () => void }) {
  const Heading = compact ? "h3" : "h2"
  if (resultCount(result) === 0) {
    return (
      <div className={styles.nothing}>
        <p>Nothing found for “{result.query}”.</p>
        <p>
          <Link href={`/account/support?question=${encodeURIComponent(result.query)}`} onClick={onPick}>
            Ask us
          </Link>{" "}
          and we will answer you: your question is kept for the form.
        </p>
      </div>
    )
  }
  return (
    <div className={compact ? styles.compact : styles.groups}>
      {result.help?.hits.length ? (
        <section aria-label="Help articles" className={styles.group}>
          <Heading>Help articles{compact ? "" : ` (${result.help.total > 100 ? "100+" : result.help.total})`}</Heading>
          {!compact && result.help.corrections.length ? (
            <p className={styles.detail}>Also searched for: {result.help.corrections.map((correction) => correction.to).join(", ")}</p>
          ) : null}
          <ul>
            {result.help.hits.map((hit) => (
              <li key={hit.id}>
                <Link href={`/help/articles/${hit.slug}`} onClick={onPick}>
                  {hit.title}
                </Link>
                <span className={styles.detail}>
                  <Highlighted text={compact ? hit.summary : hit.excerpt || hit.summary} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.orders?.orders.length ? (
        <section aria-label="Your orders" className={styles.group}>
          <Heading>Your orders{result.orders.count > result.orders.orders.length ? ` (${result.orders.orders.length} of ${result.orders.count})` : ""}</Heading>
          <ul>
            {result.orders.orders.map((order) => (
              <li key={order.ord_no}>
                <Link href={`/account/orders/${order.ord_no}`} onClick={onPick}>
                  Order {order.ord_no}
                </Link>
                <span className={styles.detail}>
                  {[ORDER_STATUS_LABEL[order.status], formatRand(order.total_cents), order.po_ref ? `PO ${order.po_ref}` : null].filter(Boolean).join(" · ")}
                </span>
              </li>
            ))}
          </ul>
          {!compact && result.orders.count > result.orders.orders.length ? (
            <Link href={`/account/orders?q=${encodeURIComponent(result.query)}`}>All {result.orders.count} matching orders</Link>
          ) : null}
        </section>
      ) : null}
      {result.invoices?.documents.length ? (
        <section aria-label="Your invoices and credit notes" className={styles.group}>
          <Heading>Your invoices and credit notes</Heading>
          <ul>
            {result.invoices.documents.map((document) => (
              <li key={document.number}>
                <Link href={`/account/invoices/${document.number}`} onClick={onPick}>
                  {document.type === "credit_note" ? "Credit note" : "Invoice"} {document.number}
                </Link>
                <span className={styles.detail}>
                  {[PAYMENT_STATUS_LABEL[document.status], formatRand(document.total_cents), document.ord_no ? `order ${document.ord_no}` : null].filter(Boolean).join(" · ")}
                </span>
              </li>
            ))}
          </ul>
          {!compact && result.invoices.count > result.invoices.documents.length ? (
            <Link href={`/account/invoices?q=${encodeURIComponent(result.query)}`}>All {result.invoices.count} matching documents</Link>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
