"use client"

import { updateCartLine } from "@/lib/data/reorder-actions"
import { ActionForm } from "@/modules/common/components/action-form"
import formStyles from "@/modules/common/components/form.module.css"

/** One cart line's quantity; 0 removes the line. */
export function CartLineForm({ lineId, title, quantity }: { lineId: string; title: string; quantity: number }) {
  return (
    <ActionForm action={updateCartLine} submit="Update" pendingLabel="Updating…" secondary label={`Quantity of ${title}`}>
      <input type="hidden" name="line_id" value={lineId} />
      <label className={formStyles.field}>
        <span>Quantity (0 removes it)</span>
        <input name="quantity" type="number" inputMode="decimal" min={0} max={100000} step="any" defaultValue={quantity} required />
      </label>
    </ActionForm>
  )
}
