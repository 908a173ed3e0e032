import { PAYMENT_STATUS_LABEL } from "@portal/integrations/invoice-status"
import { formatRand } from "@/lib/util/format"
import type { DocumentSummary } from "@/lib/data/invoices"
import styles from "../templates/invoices.module.css"

/** Paid / Pending / Overdue, with what is still owed when part has been paid. */
export function PaymentStatus({ document }: { document: DocumentSummary }) {
  const partly = document.outstanding_cents > 0 && document.outstanding_cents < document.total_cents
  return (
    <span>
      <span className={`${styles.badge} ${styles[`status${document.status}`] ?? ""}`}>{PAYMENT_STATUS_LABEL[document.status]}</span>
      {document.outstanding_cents > 0 ? <span className={styles.owing}> {partly ? `${formatRand(document.outstanding_cents)} still to pay` : `${formatRand(document.outstanding_cents)} to pay`}</span> : null}
    </span>
  )
}
