"use client"

import { type FormEvent, type ReactNode, startTransition, useActionState, useEffect, useRef } from "react"
import type { FormState } from "@/lib/data/profile-actions"
import styles from "./form.module.css"

/**
 * A form posting to a server action, announcing the outcome (role=alert for errors, role=status for success).
 * Works without JavaScript too: it is a plain form posting to the action. With JavaScript, a refused form keeps
 * what the customer typed (React would otherwise reset it), and a saved one shows the saved values.
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
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.done) form.current?.reset()
  }, [state])
  const keepTypedValues = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  return (
    <form ref={form} action={formAction} onSubmit={keepTypedValues} className={styles.form} noValidate aria-label={label}>
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
