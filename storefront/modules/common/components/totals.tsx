import { formatRand } from "@/lib/util/format"
import styles from "./totals.module.css"

/** A document's sums under its lines: label and amount rows, the ones marked `strong` (the total) in bold. */
export function Totals({ rows, label }: { rows: { label: string; cents: number; strong?: boolean }[]; label: string }) {
  return (
    <div role="group" aria-label={label}>
      <dl className={styles.totals}>
        {rows.map((row) => (
          <div key={row.label} className={styles.row}>
            <dt className={row.strong ? styles.strong : undefined}>{row.label}</dt>
            <dd className={row.strong ? styles.strong : undefined}>{formatRand(row.cents)}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
