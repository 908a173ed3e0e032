"use client"

import { useActionState } from "react"
import { type FeedbackState, sendHelpFeedback } from "@/lib/data/help-actions"
import styles from "./help.module.css"

/** "Was this helpful?" under an article: Yes or No, with an optional comment. A second answer replaces the first. */
export function FeedbackForm({ article }: { article: string }) {
  const [state, action, pending] = useActionState<FeedbackState, FormData>(sendHelpFeedback, { error: null, recorded: null })
  return (
    <form action={action} className={styles.feedback} aria-labelledby="feedback-title">
      <h2 id="feedback-title">Was this helpful?</h2>
      <input type="hidden" name="article" value={article} />
      <label className={styles.feedbackComment}>
        <span>Anything we should add or change? (optional)</span>
        <textarea name="comment" rows={3} maxLength={1000} />
      </label>
      <div className={styles.feedbackButtons}>
        <button type="submit" name="helpful" value="yes" disabled={pending}>
          Yes
        </button>
        <button type="submit" name="helpful" value="no" disabled={pending}>
          No
        </button>
      </div>
      {state.error ? (
        <p role="alert" className={styles.feedbackError}>
          {state.error}
        </p>
      ) : null}
      <p role="status" className={styles.feedbackThanks}>
        {state.recorded === "helpful" ? "Thank you: glad it helped." : state.recorded === "not-helpful" ? "Thank you: we will use your answer to improve this article." : ""}
      </p>
    </form>
  )
}
