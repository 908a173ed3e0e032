"use client"

import { type FormEvent, startTransition, useActionState } from "react"
import type { TicketRating } from "@portal/integrations/support"
import type { FormState } from "@/lib/data/profile-actions"
import { rateTicket } from "@/lib/data/support-actions"
import formStyles from "@/modules/common/components/form.module.css"
import styles from "./support.module.css"

/** One click: were we good? The chosen answer shows pressed; another click changes it. */
export function RatingForm({ ticketId, rating }: { ticketId: string; rating: TicketRating | null }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(rateTicket, { error: null, done: null })
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const data = new FormData(event.currentTarget, submitter)
    startTransition(() => formAction(data))
  }
  return (
    <form action={formAction} onSubmit={submit} aria-label="Rate how we solved this" className={styles.rating}>
      <input type="hidden" name="ticket_id" value={ticketId} />
      <p id="rating-question">How did we do?</p>
      <div role="group" aria-labelledby="rating-question" className={styles.ratingButtons}>
        <button type="submit" name="rating" value="good" aria-pressed={rating === "good"} disabled={pending} className={formStyles.secondary}>
          Solved well
        </button>
        <button type="submit" name="rating" value="bad" aria-pressed={rating === "bad"} disabled={pending} className={formStyles.secondary}>
          Not well
        </button>
      </div>
      {state.error ? (
        <p role="alert" className={formStyles.error}>
          {state.error}
        </p>
      ) : null}
      {state.done ? (
        <p role="status" className={formStyles.success}>
          {state.done}
        </p>
      ) : null}
    </form>
  )
}
