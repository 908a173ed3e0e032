"use client"

import { useActionState } from "react"
import { login, type LoginState } from "@/lib/data/auth"
import styles from "./login-form.module.css"

export function LoginForm({ next }: { next: string | undefined }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(login, { error: null, email: "" })
  return (
    <form action={formAction} className={styles.form} noValidate aria-describedby={state.error ? "login-error" : undefined}>
      {state.error ? (
        <p id="login-error" role="alert" className={styles.error}>
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next ?? ""} />
      <label className={styles.field}>
        <span>Email address</span>
        <input name="email" type="email" autoComplete="username" required defaultValue={state.email} inputMode="email" />
      </label>
      <label className={styles.field}>
        <span>Password</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  )
}
