import { TICKET_CATEGORY_LABEL } from "@portal/integrations/support"
import Link from "next/link"
import { type PortalTicket, fileHref } from "@/lib/data/support"
import { formatDateTime, formatDay, formatFileSize } from "@/lib/util/format"
import { Card } from "@/modules/common/components/card"
import { PageHeader } from "@/modules/common/components/page-header"
import { RatingForm } from "../components/rating-form"
import { ReplyForm } from "../components/reply-form"
import styles from "../components/support.module.css"
import { TicketStatus } from "./tickets-template"

const VIA = { portal: "in the portal", email: "by email", admin: "" } as const

/** One question: what it is about, the conversation with both sides' files, replying, reopening and rating. */
export function TicketTemplate({ ticket, justSent }: { ticket: PortalTicket; justSent: boolean }) {
  const resolved = ticket.status === "resolved" || ticket.status === "closed"
  return (
    <>
      <PageHeader title={ticket.subject}>
        <p>
          {ticket.reference} · {TICKET_CATEGORY_LABEL[ticket.category]} · <TicketStatus status={ticket.status} />
        </p>
        <p>
          {ticket.order_no ? (
            <>
              About <Link href={`/account/orders/${ticket.order_no}`}>order {ticket.order_no}</Link>
              {ticket.order_line ? `, line ${ticket.order_line.line_no}: ${ticket.order_line.description}` : ""}.{" "}
            </>
          ) : null}
          {ticket.invoice_number ? (
            <>
              About <Link href={`/account/invoices/${ticket.invoice_number}`}>{ticket.invoice_number}</Link>.{" "}
            </>
          ) : null}
          <Link href="/account/support">All your questions</Link>
        </p>
        {justSent ? <p role="status">Sent. Our team has it and will answer here and by email, usually within a working day.</p> : null}
      </PageHeader>

      <Card title="Conversation">
        <ol className={styles.thread}>
          {ticket.messages.map((message) => (
            <li key={message.id} className={`${styles.message} ${message.author_type === "staff" ? styles.fromUs : ""}`}>
              <p className={styles.meta}>
                <strong>{message.author_type === "staff" ? `${message.author_name} (our team)` : message.author_name}</strong> · {formatDateTime(message.created_at)}
                {VIA[message.via] ? ` · ${VIA[message.via]}` : ""}
              </p>
              <p className={styles.body}>{message.body}</p>
              {message.attachments.length > 0 ? (
                <ul className={styles.files} aria-label="Files">
                  {message.attachments.map((file) => (
                    <li key={file.id}>
                      <a href={fileHref(file.url)} download={file.file_name}>
                        {file.content_type.startsWith("image/") ? <img src={fileHref(file.url)} alt={`Photo ${file.file_name}`} loading="lazy" /> : null}
                        <span>
                          {file.file_name} ({formatFileSize(file.size_bytes)})
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>

      {resolved ? (
        <Card title={ticket.status === "closed" ? "Closed" : "Resolved"}>
          <p>
            {ticket.status === "closed"
              ? "This question is closed. If something is still wrong, ask a new question and mention this one."
              : ticket.reopen_until
                ? `We resolved this${ticket.resolved_at ? ` on ${formatDay(ticket.resolved_at.slice(0, 10))}` : ""}. You can reopen it until ${formatDay(ticket.reopen_until.slice(0, 10))}.`
                : "We resolved this more than 14 days ago. If something is still wrong, ask a new question and mention this one."}
          </p>
          <RatingForm ticketId={ticket.id} rating={ticket.rating} />
        </Card>
      ) : null}

      {ticket.status === "closed" || (resolved && !ticket.reopen_until) ? null : (
        <Card title={resolved ? "Reopen" : "Reply"}>
          <ReplyForm ticketId={ticket.id} reopening={resolved} />
        </Card>
      )}
    </>
  )
}
