"use client"

import Link from "next/link"
import { useActionState } from "react"
import { login, type LoginState } from "@/lib/data/auth"
import styles from "@/modules/common/components/form.module.css"

export function LoginForm({ next }: { next: string | undefined }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(login, { error: null, identifier: "" })
  return (
    <form action={formAction} className={styles.form} noValidate aria-describedby={state.error ? "login-error" : undefined}>
      {state.error ? (
        <p id="login-error" role="alert" className={styles.error}>
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next ?? ""} />
      <label className={styles.field}>
        <span>Email or customer number</span>
        <input name="identifier" type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} required defaultValue={state.identifier} />
      </label>
      <label className={styles.field}>
        <span>Password</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className={styles.links}>
        <Link href="/activate">First time here? Set up your password</Link>
        <Link href="/reset-password">Forgot your password?</Link>
      </p>
    </form>
  )
}
