import Link from "next/link"
import { formatDateTime } from "@/lib/util/format"
import type { PendingReorder } from "@/lib/data/reorders"
import { Card } from "@/modules/common/components/card"

/**
 * Orders the customer submitted in the portal that our team has not yet entered in the order system. Once entered,
 * each shows up in the order history as a normal order (with its WEB- reference) and leaves this list.
 */
export function PendingReorders({ reorders, submitted }: { reorders: PendingReorder[]; submitted?: string }) {
  if (reorders.length === 0 && !submitted) return null
  return (
    <Card title="Submitted, waiting to be confirmed">
      {submitted ? (
        <p role="status">
          Thank you: your order <strong>{submitted}</strong> is submitted. Our team enters it in our order system, usually within one working day; it then
          appears below with its order number.
        </p>
      ) : null}
      {reorders.length > 0 ? (
        <ul>
          {reorders.map((reorder) => (
            <li key={reorder.id}>
              <strong>{reorder.reference}</strong>, submitted {formatDateTime(reorder.created_at)}
              {reorder.po_ref ? ` · PO ${reorder.po_ref}` : ""}
              {reorder.source_ord_no ? (
                <>
                  {" "}
                  · again from <Link href={`/account/orders/${reorder.source_ord_no}`}>order {reorder.source_ord_no}</Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  )
}
