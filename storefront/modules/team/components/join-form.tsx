"use client"

import { useActionState } from "react"
import type { FormState } from "@/lib/data/profile-actions"
import { acceptInvitation } from "@/lib/data/team-actions"
import styles from "@/modules/common/components/form.module.css"
import { LinkOutcome } from "@/modules/auth/components/link-outcome"
import { NewPasswordFields } from "@/modules/auth/components/new-password-fields"

/** Accepts an invitation: someone new chooses a name and password; someone with a login only confirms. */
export function JoinForm({ token, hasLogin, rules }: { token: string; hasLogin: boolean; rules: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(acceptInvitation, { error: null, done: null })
  if (state.done) return <LinkOutcome message={state.done} href="/login" label="Sign in" />
  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.error ? (
        <p role="alert" className={styles.error}>
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {hasLogin ? null : (
        <>
          <label className={styles.field}>
            <span>Your name</span>
            <input name="full_name" autoComplete="name" required />
          </label>
          <NewPasswordFields label="Choose a password" rules={rules} />
        </>
      )}
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "Joining…" : "Accept the invitation"}
      </button>
    </form>
  )
}
