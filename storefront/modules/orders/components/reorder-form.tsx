"use client"

import { reorderOrder } from "@/lib/data/reorder-actions"
import { ActionForm } from "@/modules/common/components/action-form"
import styles from "./reorder-form.module.css"

interface ReorderLine {
  line_no: number
  description: string
  sku: string | null
  quantity: number
  uom: string | null
}

/** Order again: every line ticked, so one click reorders the whole order; untick what is not wanted this time. */
export function ReorderForm({ ordNo, lines }: { ordNo: number; lines: ReorderLine[] }) {
  return (
    <ActionForm action={reorderOrder} submit="Put these lines in a cart" pendingLabel="Making your cart…" label="Order again">
      <input type="hidden" name="ord_no" value={ordNo} />
      <fieldset className={styles.lines}>
        <legend>Lines to order again, at today&apos;s prices. You review the cart before anything is ordered.</legend>
        {lines.map((line) => (
          <label key={line.line_no} className={styles.line}>
            <input type="checkbox" name="line_no" value={line.line_no} defaultChecked />
            <span>
              {line.description}
              {line.sku ? <span className={styles.muted}> · {line.sku}</span> : null} · {line.quantity} {line.uom ?? ""}
            </span>
          </label>
        ))}
      </fieldset>
    </ActionForm>
  )
}
