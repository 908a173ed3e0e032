"use client"

import Link from "next/link"
import { useActionState } from "react"
import { signIn, type LoginState } from "@/lib/data/auth"
import styles from "@/modules/common/components/form.module.css"

/**
 * Identifier-first sign-in: the email or customer number first; a company with its own identity provider sends
 * its people there, everyone else gets the password field. `passwordFirst` shows both at once (for people whose
 * company uses single sign-on but who have a password of their own, such as its break-glass Admin).
 */
export function LoginForm({ next, passwordFirst }: { next: string | undefined; passwordFirst: boolean }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(signIn, { error: null, identifier: "", step: passwordFirst ? "password" : "identifier" })
  const askPassword = state.step === "password"
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
        <input name="identifier" type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} required defaultValue={state.identifier} key={state.step} />
      </label>
      {askPassword ? (
        <label className={styles.field}>
          <span>Password</span>
          <input name="password" type="password" autoComplete="current-password" required autoFocus={!passwordFirst} />
        </label>
      ) : null}
      <button type="submit" className={styles.submit} disabled={pending}>
        {askPassword ? (pending ? "Signing in…" : "Sign in") : pending ? "Checking…" : "Continue"}
      </button>
      <p className={styles.links}>
        <Link href="/activate">First time here? Set up your password</Link>
        <Link href="/reset-password">Forgot your password?</Link>
        {askPassword ? null : <Link href={`/login?method=password${next ? `&next=${encodeURIComponent(next)}` : ""}`}>Sign in with a password instead</Link>}
      </p>
    </form>
  )
}
