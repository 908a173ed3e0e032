"use client"

import styles from "./form.module.css"

/** Opens the browser's print dialog; the print stylesheet leaves out navigation and buttons. */
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button type="button" className={`${styles.secondary} no-print`} onClick={() => window.print()}>
      {label}
    </button>
  )
}
