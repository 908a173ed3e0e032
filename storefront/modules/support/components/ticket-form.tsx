"use client"

import { TICKET_CATEGORIES, TICKET_CATEGORY_LABEL, type TicketCategory } from "@portal/integrations/support"
import { createTicket } from "@/lib/data/support-actions"
import { ActionForm } from "@/modules/common/components/action-form"
import formStyles from "@/modules/common/components/form.module.css"
import { AttachmentPicker } from "./attachment-picker"
import { SubjectField } from "./subject-field"

export interface TicketAbout {
  order_no?: number
  order_line_no?: number
  invoice_number?: string
  help_article?: string
  search_query?: string
}

/** A new question: what it is about (prefilled from where the customer came from), the subject, the message, files. */
export function TicketForm({ about, category, subject }: { about: TicketAbout; category: TicketCategory | ""; subject: string }) {
  return (
    <ActionForm action={createTicket} submit="Send to our team" pendingLabel="Sending…" label="Ask a question">
      {Object.entries(about).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={String(value)} />))}
      <label className={formStyles.field}>
        What is it about?
        <select name="category" required defaultValue={category}>
          <option value="" disabled>
            Choose one
          </option>
          {TICKET_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {TICKET_CATEGORY_LABEL[value]}
            </option>
          ))}
        </select>
      </label>
      <SubjectField defaultValue={subject} />
      <label className={formStyles.field}>
        Message
        <textarea name="body" required rows={6} maxLength={5000} placeholder="What happened, and what would you like us to do?" />
      </label>
      <AttachmentPicker id="ticket-files" />
    </ActionForm>
  )
}
