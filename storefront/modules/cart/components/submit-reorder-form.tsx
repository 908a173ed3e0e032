"use client"

import { submitReorder } from "@/lib/data/reorder-actions"
import { ActionForm } from "@/modules/common/components/action-form"
import formStyles from "@/modules/common/components/form.module.css"

/** The last step: the customer's own PO reference and delivery notes, then submit. */
export function SubmitReorderForm() {
  return (
    <ActionForm action={submitReorder} submit="Submit this order" pendingLabel="Submitting…" label="Submit the order">
      <label className={formStyles.field}>
        <span>Your PO reference (optional)</span>
        <input name="po_ref" maxLength={30} autoComplete="off" />
      </label>
      <label className={formStyles.field}>
        <span>Notes for delivery (optional)</span>
        <textarea name="notes" maxLength={500} rows={3} />
      </label>
    </ActionForm>
  )
}
