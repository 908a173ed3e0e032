import type { ReactNode } from "react"
import styles from "./scrollable-table.module.css"

/** A table that scrolls inside its box on narrow screens; focusable, so keyboard users can scroll it too. */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table}>{children}</table>
    </div>
  )
}

/** For a cell of running text: it wraps instead of widening the table past the page. */
export const WRAPPING_CELL = styles.wrap
