import Link from "next/link"
import { formatDay, formatRand } from "@/lib/util/format"
import type { AccountSummary, DocumentSummary, InvoiceList, InvoiceQuery } from "@/lib/data/invoices"
import { Card } from "@/modules/common/components/card"
import { DateRangeFields } from "@/modules/common/components/date-range-fields"
import formStyles from "@/modules/common/components/form.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { FilterForm, listPageHref } from "@/modules/common/components/filter-form"
import { countLine, ListTable, type ListColumn } from "@/modules/common/components/list-table"
import { AccountFigures } from "../components/account-figures"
import { BillingTabs } from "../components/billing-tabs"
import { PaymentStatus } from "../components/payment-status"
import styles from "./invoices.module.css"

const DOCUMENT_COLUMNS: ListColumn<DocumentSummary>[] = [
  {
    header: "Number",
    rowHeader: true,
    cell: (document) => (
      <>
        <Link href={`/account/invoices/${document.number}`}>{document.number}</Link>
        {document.type === "credit_note" ? " (credit note)" : ""}
      </>
    ),
  },
  { header: "Date", cell: (document) => formatDay(document.issue_date) },
  { header: "Due", cell: (document) => (document.type === "invoice" ? formatDay(document.due_date) : "—") },
  { header: "Order", cell: (document) => document.ord_no ?? "—" },
  { header: "Status", cell: (document) => <PaymentStatus document={document} /> },
  { header: "Total", numeric: true, cell: (document) => formatRand(document.type === "credit_note" ? -document.total_cents : document.total_cents) },
]

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
        <FilterForm action="/account/invoices" label="Invoices" submitLabel="Show invoices" filtered={filtered} className={styles.filters}>
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
        </FilterForm>
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
        <ListTable
          label="Your invoices"
          tableLabel="Invoices table"
          rows={list.documents}
          rowKey={(document) => document.number}
          columns={DOCUMENT_COLUMNS}
          summary={`${countLine(list.count, { one: "document", many: "documents" }, query)}. Invoiced ${formatRand(list.totals.invoiced_cents)}, credited ${formatRand(list.totals.credited_cents)}, still to pay ${formatRand(list.totals.outstanding_cents)}.`}
          page={{ offset: query.offset, limit: query.limit, count: list.count, hrefFor: (offset) => listPageHref("/account/invoices", query, offset) }}
        />
      )}
    </>
  )
}
