"use client"

import Link from "next/link"
import { useActionState } from "react"
import type { LinkRequestState } from "@/lib/data/auth"
import styles from "@/modules/common/components/form.module.css"
import { LinkOutcome } from "./link-outcome"

/** Asks for a one-time link by email or customer number (activation or forgotten password). */
export function LinkRequestForm({ action, submit }: { action: (previous: LinkRequestState, formData: FormData) => Promise<LinkRequestState>; submit: string }) {
  const [state, formAction, pending] = useActionState<LinkRequestState, FormData>(action, { error: null, done: null, identifier: "" })
  if (state.done) return <LinkOutcome message={state.done} href="/login" label="Back to sign in" />
  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.error ? (
        <p role="alert" className={styles.error}>
          {state.error}
        </p>
      ) : null}
      <label className={styles.field}>
        <span>Email or customer number</span>
        <input name="identifier" type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} required defaultValue={state.identifier} />
      </label>
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "Sending…" : submit}
      </button>
      <p className={styles.links}>
        <Link href="/login">Back to sign in</Link>
      </p>
    </form>
  )
}
