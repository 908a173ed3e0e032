"use client"

import { type ReactNode, useState } from "react"
import formStyles from "@/modules/common/components/form.module.css"
import styles from "../templates/insights-template.module.css"

/** A chart with its table view: the same figures either way, the table for reading exact amounts (and printing). */
export function ChartOrTable({ label, chart, table }: { label: string; chart: ReactNode; table: ReactNode }) {
  const [view, setView] = useState<"chart" | "table">("chart")
  return (
    <>
      <div role="group" aria-label={`Show ${label.toLowerCase()} as`} className={`${styles.switch} no-print`}>
        <button type="button" className={formStyles.secondary} aria-pressed={view === "chart"} onClick={() => setView("chart")}>
          Chart
        </button>
        <button type="button" className={formStyles.secondary} aria-pressed={view === "table"} onClick={() => setView("table")}>
          Table
        </button>
      </div>
      <div className={view === "chart" ? styles.chartView : styles.hiddenOnScreen}>{chart}</div>
      {/* The table is always in the page for printing; on screen it shows when chosen. */}
      <div className={view === "table" ? undefined : styles.printOnly}>{table}</div>
    </>
  )
}
