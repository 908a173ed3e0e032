import Link from "next/link"
import { formatDay, formatRand } from "@/lib/util/format"
import type { AccountSummary, InvoiceList, InvoiceQuery } from "@/lib/data/invoices"
import { Card } from "@/modules/common/components/card"
import { Pagination } from "@/modules/common/components/pagination"
import { DateRangeFields } from "@/modules/common/components/date-range-fields"
import formStyles from "@/modules/common/components/form.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { ScrollableTable } from "@/modules/common/components/scrollable-table"
import { AccountFigures } from "../components/account-figures"
import { BillingTabs } from "../components/billing-tabs"
import { PaymentStatus } from "../components/payment-status"
import styles from "./invoices.module.css"

function pageLink(query: InvoiceQuery, offset: number): string {
  const params = new URLSearchParams(
    Object.entries({ ...query, offset: offset || undefined, limit: undefined }).flatMap(([key, value]) => (value === undefined || value === "" ? [] : [[key, String(value)]])),
  )
  return `/account/invoices${params.size ? `?${params}` : ""}`
}

export function InvoicesTemplate({ query, list, account }: { query: InvoiceQuery; list: InvoiceList; account: AccountSummary | null }) {
  const filtered = Boolean(query.q || query.from || query.to || (query.status && query.status !== "all") || (query.type && query.type !== "all") || query.include_void)
  return (
    <>
      <PageHeader title="Invoices">
        <p>Every invoice and credit note on your account, with what is paid, pending and overdue.</p>
      </PageHeader>
      <BillingTabs current="/account/invoices" />
      {account ? (
        <Card title="Account summary">
          <AccountFigures account={account} />
        </Card>
      ) : null}
      <Card title="Find an invoice">
        <form method="get" action="/account/invoices" className={styles.filters} role="search" aria-label="Invoices">
          <label className={formStyles.field}>
            <span>Invoice or order number</span>
            <input name="q" type="search" defaultValue={query.q ?? ""} />
          </label>
          <label className={formStyles.field}>
            <span>Status</span>
            <select name="status" defaultValue={query.status ?? "all"}>
              <option value="all">All</option>
              <option value="open">Not paid yet</option>
              <option value="overdue">Overdue</option>
              <option value="pending">Pending</option>
              <option value="paid">Paid</option>
            </select>
          </label>
          <label className={formStyles.field}>
            <span>Type</span>
            <select name="type" defaultValue={query.type ?? "all"}>
              <option value="all">Invoices and credit notes</option>
              <option value="invoice">Invoices</option>
              <option value="credit_note">Credit notes</option>
            </select>
          </label>
          <DateRangeFields from={query.from} to={query.to} />
          <label className={formStyles.check}>
            <input name="include_void" type="checkbox" value="true" defaultChecked={query.include_void === "true"} /> <span>Show void documents</span>
          </label>
          <div className={styles.actions}>
            <button type="submit" className={formStyles.submit}>
              Show invoices
            </button>
            {filtered ? <Link href="/account/invoices">Clear filters</Link> : null}
          </div>
        </form>
      </Card>

      {"error" in list ? (
        <p role="alert" className={formStyles.error}>
          {list.error}
        </p>
      ) : list.count === 0 ? (
        <Card title="No invoices">
          <p>{filtered ? "No invoice matches these filters." : "There are no invoices on your account yet."}</p>
        </Card>
      ) : (
        <section aria-label="Your invoices" className={styles.results}>
          <p role="status">
            {list.count === 1 ? "1 document" : `${list.count} documents`}
            {list.count > query.limit ? `, showing ${query.offset + 1}–${Math.min(query.offset + query.limit, list.count)}` : ""}. Invoiced {formatRand(list.totals.invoiced_cents)}, credited{" "}
            {formatRand(list.totals.credited_cents)}, still to pay {formatRand(list.totals.outstanding_cents)}.
          </p>
          <ScrollableTable label="Invoices table">
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Date</th>
                <th scope="col">Due</th>
                <th scope="col">Order</th>
                <th scope="col">Status</th>
                <th scope="col" className={styles.money}>
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {list.documents.map((document) => (
                <tr key={document.number}>
                  <th scope="row">
                    <Link href={`/account/invoices/${document.number}`}>{document.number}</Link>
                    {document.type === "credit_note" ? " (credit note)" : ""}
                  </th>
                  <td>{formatDay(document.issue_date)}</td>
                  <td>{document.type === "invoice" ? formatDay(document.due_date) : "—"}</td>
                  <td>{document.ord_no ?? "—"}</td>
                  <td>
                    <PaymentStatus document={document} />
                  </td>
                  <td className={styles.money}>{formatRand(document.type === "credit_note" ? -document.total_cents : document.total_cents)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
          <Pagination offset={query.offset} limit={query.limit} count={list.count} hrefFor={(offset) => pageLink(query, offset)} />
        </section>
      )}
    </>
  )
}
