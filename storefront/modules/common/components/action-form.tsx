"use client"

import { type ReactNode, useActionState } from "react"
import type { FormState } from "@/lib/data/profile-actions"
import styles from "./form.module.css"

/**
 * A form posting to a server action, announcing the outcome (role=alert for errors, role=status for success).
 * Works without JavaScript too: it is a plain form posting to the action.
 */
export function ActionForm({
  action,
  submit,
  pendingLabel = "Saving…",
  secondary = false,
  label,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>
  submit: string
  pendingLabel?: string
  secondary?: boolean
  label?: string
  children?: ReactNode
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { error: null, done: null })
  return (
    <form action={formAction} className={styles.form} noValidate aria-label={label}>
      {state.error ? (
        <p role="alert" className={styles.error}>
          {state.error}
        </p>
      ) : null}
      {state.done ? (
        <p role="status" className={styles.success}>
          {state.done}
        </p>
      ) : null}
      {children}
      <div>
        <button type="submit" className={secondary ? styles.secondary : styles.submit} disabled={pending}>
          {pending ? pendingLabel : submit}
        </button>
      </div>
    </form>
  )
}
