import { TICKET_CATEGORY_LABEL, TICKET_STATUS_LABEL } from "@portal/integrations/support"
import Link from "next/link"
import type { PortalTicketSummary, TicketList } from "@/lib/data/support"
import { formatDateTime } from "@/lib/util/format"
import { ListTable, type ListColumn, countLine } from "@/modules/common/components/list-table"
import { PageHeader } from "@/modules/common/components/page-header"
import formStyles from "@/modules/common/components/form.module.css"
import styles from "../components/support.module.css"

const TABS = [
  { value: "active", label: "Open" },
  { value: "resolved", label: "Resolved" },
  { value: "all", label: "All" },
] as const

export function TicketStatus({ status }: { status: PortalTicketSummary["status"] }) {
  return <span className={`${styles.status} ${status === "waiting_on_customer" ? styles.statusWaiting : ""}`}>{TICKET_STATUS_LABEL[status]}</span>
}

const COLUMNS: ListColumn<PortalTicketSummary>[] = [
  {
    header: "Question",
    rowHeader: true,
    cell: (ticket) => (
      <>
        <Link href={`/account/support/${ticket.id}`}>{ticket.subject}</Link>
        <br />
        <span className={styles.hint}>
          {ticket.reference} · {TICKET_CATEGORY_LABEL[ticket.category]}
          {ticket.order_no ? ` · order ${ticket.order_no}` : ""}
          {ticket.invoice_number ? ` · ${ticket.invoice_number}` : ""}
        </span>
      </>
    ),
  },
  { header: "Status", cell: (ticket) => <TicketStatus status={ticket.status} /> },
  { header: "Asked by", cell: (ticket) => ticket.author_name ?? "—" },
  { header: "Last message", cell: (ticket) => `${formatDateTime(ticket.last_message_at)}${ticket.last_from === "staff" ? " (from us)" : ""}` },
]

/** The person's questions to us, with where each stands, and a way to ask a new one. */
export function TicketsTemplate({ list, status, page }: { list: TicketList; status: string; page: { offset: number; limit: number } }) {
  const hrefFor = (offset: number) => `/account/support?${new URLSearchParams({ status, ...(offset ? { offset: String(offset) } : {}) })}`
  return (
    <>
      <PageHeader title="Support">
        <p>Ask about an order or an invoice, report a problem with a delivery, and follow our answers here and by email.</p>
        <p className={styles.actions}>
          <Link href="/account/support/new" className={formStyles.submit}>
            Ask a question
          </Link>
        </p>
      </PageHeader>
      <nav aria-label="Which questions" className={styles.actions}>
        {TABS.map((tab) => (
          <Link key={tab.value} href={`/account/support?status=${tab.value}`} aria-current={status === tab.value ? "page" : undefined}>
            {tab.label}
          </Link>
        ))}
      </nav>
      {"error" in list ? (
        <p role="alert">{list.error}</p>
      ) : list.count === 0 ? (
        <p role="status">{status === "resolved" ? "No resolved questions yet." : "You have no open questions. When something is not right with an order or an invoice, ask us here."}</p>
      ) : (
        <ListTable
          label="Your questions"
          tableLabel="Questions"
          rows={list.tickets}
          rowKey={(ticket) => ticket.id}
          columns={COLUMNS}
          summary={countLine(list.count, { one: "question", many: "questions" }, page)}
          page={{ ...page, count: list.count, hrefFor }}
        />
      )}
    </>
  )
}
