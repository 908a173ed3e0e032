import { formatRand } from "@/lib/util/format"
import type { DocumentSummary } from "@/lib/data/invoices"
import styles from "../templates/invoices.module.css"

const LABEL = { paid: "Paid", pending: "Pending", overdue: "Overdue", credit: "Credit note", void: "Void" } as const

/** Paid / Pending / Overdue, with what is still owed when part has been paid. */
export function PaymentStatus({ document }: { document: DocumentSummary }) {
  const partly = document.outstanding_cents > 0 && document.outstanding_cents < document.total_cents
  return (
    <span>
      <span className={`${styles.badge} ${styles[`status${document.status}`] ?? ""}`}>{LABEL[document.status]}</span>
      {document.outstanding_cents > 0 ? <span> {partly ? `${formatRand(document.outstanding_cents)} still to pay` : `${formatRand(document.outstanding_cents)} to pay`}</span> : null}
    </span>
  )
}
