"use client"

import { useActionState } from "react"
import type { FormState } from "@/lib/data/profile-actions"
import { acceptInvitation, joinWithSso } from "@/lib/data/team-actions"
import styles from "@/modules/common/components/form.module.css"
import { LinkOutcome } from "@/modules/auth/components/link-outcome"
import { NewPasswordFields } from "@/modules/auth/components/new-password-fields"

interface JoinFormProps {
  token: string
  hasLogin: boolean
  rules: string
  /** The company's single sign-on for the invited email, if it has one. */
  sso: { display_name: string; required: boolean } | null
}

/**
 * Accepts an invitation: someone new chooses a name and password, or joins through their company's single
 * sign-on (the only way when the company requires it); someone with a login only confirms.
 */
export function JoinForm({ token, hasLogin, rules, sso }: JoinFormProps) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(acceptInvitation, { error: null, done: null })
  const [ssoState, ssoAction, ssoPending] = useActionState<FormState, FormData>(joinWithSso, { error: null, done: null })
  if (state.done) return <LinkOutcome message={state.done} href="/login" label="Sign in" />
  const passwordAllowed = hasLogin || !sso?.required
  return (
    <>
      {sso && !hasLogin ? (
        <form action={ssoAction} className={styles.form} noValidate>
          {ssoState.error ? (
            <p role="alert" className={styles.error}>
              {ssoState.error}
            </p>
          ) : null}
          <input type="hidden" name="token" value={token} />
          <button type="submit" className={styles.submit} disabled={ssoPending}>
            {ssoPending ? "Opening your company's sign-in…" : `Continue with ${sso.display_name}`}
          </button>
          {passwordAllowed ? <p className={styles.links}>Or choose a password for the portal below.</p> : null}
        </form>
      ) : null}
      {passwordAllowed ? (
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
      ) : null}
    </>
  )
}
