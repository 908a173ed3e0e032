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
          <Link href={`/account/support/new?question=${encodeURIComponent(result.query)}`} onClick={onPick}>
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
        <AccountGroup
          label="Your orders"
          items={result.orders.orders.map((order) => ({
            key: String(order.ord_no),
            href: `/account/orders/${order.ord_no}`,
            title: `Order ${order.ord_no}`,
            detail: [ORDER_STATUS_LABEL[order.status], formatRand(order.total_cents), order.po_ref ? `PO ${order.po_ref}` : null],
          }))}
          count={result.orders.count}
          all={{ href: `/account/orders?q=${encodeURIComponent(result.query)}`, label: `All ${result.orders.count} matching orders` }}
          compact={compact}
          onPick={onPick}
        />
      ) : null}
      {result.invoices?.documents.length ? (
        <AccountGroup
          label="Your invoices and credit notes"
          items={result.invoices.documents.map((document) => ({
            key: document.number,
            href: `/account/invoices/${document.number}`,
            title: `${document.type === "credit_note" ? "Credit note" : "Invoice"} ${document.number}`,
            detail: [PAYMENT_STATUS_LABEL[document.status], formatRand(document.total_cents), document.ord_no ? `order ${document.ord_no}` : null],
          }))}
          count={result.invoices.count}
          all={{ href: `/account/invoices?q=${encodeURIComponent(result.query)}`, label: `All ${result.invoices.count} matching documents` }}
          compact={compact}
          onPick={onPick}
        />
      ) : null}
    </div>
  )
}

interface AccountGroupProps {
  label: string
  items: { key: string; href: string; title: string; detail: (string | null)[] }[]
  /** How many match in all; more than shown adds "(5 of 12)" and, on the results page, a link to the whole list. */
  count: number
  all: { href: string; label: string }
  compact: boolean
  onPick?: () => void
}

/** One group of the account's own documents: a link each, with its status, amount and reference. */
function AccountGroup({ label, items, count, all, compact, onPick }: AccountGroupProps) {
  const Heading = compact ? "h3" : "h2"
  const more = count > items.length
  return (
    <section aria-label={label} className={styles.group}>
      <Heading>
        {label}
        {more ? ` (${items.length} of ${count})` : ""}
      </Heading>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} onClick={onPick}>
              {item.title}
            </Link>
            <span className={styles.detail}>{item.detail.filter(Boolean).join(" · ")}</span>
          </li>
        ))}
      </ul>
      {!compact && more ? <Link href={all.href}>{all.label}</Link> : null}
    </section>
  )
}
