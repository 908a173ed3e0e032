import Link from "next/link"
import { LoginForm } from "../components/login-form"
import styles from "./login-template.module.css"

export function LoginTemplate({ next, notice, error, passwordFirst }: { next: string | undefined; notice: string | null; error: string | null; passwordFirst: boolean }) {
  return (
    <main id="main" className={styles.page}>
      <div className={styles.panel}>
        <p className={styles.brand}>Wholesale customer portal</p>
        <h1>Sign in to your account</h1>
        <p className={styles.lead}>Track your orders, download invoices and statements, and get help.</p>
        {notice ? (
          <p role="status" className={styles.notice}>
            {notice}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className={styles.problem}>
            {error}
          </p>
        ) : null}
        <LoginForm next={next} passwordFirst={passwordFirst} />
        <p className={styles.help}>
          Questions? Read the <Link href="/help">answers to common questions</Link>.
        </p>
      </div>
    </main>
  )
}
