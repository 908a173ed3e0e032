import type { ReactNode } from "react"
import styles from "./login-template.module.css"

/** The sign-in page's frame, for the pages around it (activation, reset, email confirmation). */
export function AccessTemplate({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <main id="main" className={styles.page}>
      <div className={styles.panel}>
        <p className={styles.brand}>Wholesale customer portal</p>
        <h1>{title}</h1>
        <p className={styles.lead}>{lead}</p>
        {children}
      </div>
    </main>
  )
}
