"use client"

import { replyToTicket } from "@/lib/data/support-actions"
import { ActionForm } from "@/modules/common/components/action-form"
import formStyles from "@/modules/common/components/form.module.css"
import { AttachmentPicker } from "./attachment-picker"

/** A reply on the thread; on a resolved question it reopens it. */
export function ReplyForm({ ticketId, reopening }: { ticketId: string; reopening: boolean }) {
  return (
    <ActionForm action={replyToTicket} submit={reopening ? "Reopen with this message" : "Send reply"} pendingLabel="Sending…" label={reopening ? "Reopen this question" : "Reply"}>
      <input type="hidden" name="ticket_id" value={ticketId} />
      <label className={formStyles.field}>
        {reopening ? "What is still not right?" : "Your reply"}
        <textarea name="body" required rows={4} maxLength={5000} />
      </label>
      <AttachmentPicker id="reply-files" />
    </ActionForm>
  )
}
