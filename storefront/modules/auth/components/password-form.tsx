"use client"

import { useActionState } from "react"
import { type PasswordState, setPassword } from "@/lib/data/auth"
import styles from "@/modules/common/components/form.module.css"
import { LinkOutcome } from "./link-outcome"
import { NewPasswordFields } from "./new-password-fields"

/** Chooses a password with the token of an activation or reset link; the rules are shown beside the field. */
export function PasswordForm({ token, rules }: { token: string; rules: string }) {
  const [state, formAction, pending] = useActionState<PasswordState, FormData>(setPassword, { error: null, done: null })
  if (state.done) return <LinkOutcome message={state.done} href="/login" label="Sign in" />
  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.error ? (
        <p role="alert" className={styles.error} id="password-error">
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields label="New password" rules={rules} />
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "Saving…" : "Save password"}
      </button>
    </form>
  )
}
