import type { ReactNode } from "react"
import styles from "./page-header.module.css"

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.header}>
      <h1>{title}</h1>
      {children ? <div className={styles.lead}>{children}</div> : null}
    </div>
  )
}
