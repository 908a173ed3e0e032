import Link from "next/link"
import type { ReactNode } from "react"
import formStyles from "./form.module.css"
import styles from "./list.module.css"

/**
 * The filter form of a list page (orders, invoices): a plain GET form, so the filters live in the address and back,
 * forward and shared links work. The fields are the page's; the submit button and "Clear filters" are the same
 * everywhere. `className` adds the page's own layout rules to the shared grid.
 */
export function FilterForm({
  action,
  label,
  submitLabel,
  filtered,
  className,
  children,
}: {
  action: string
  /** The search landmark's name. */
  label: string
  submitLabel: string
  /** Whether any filter is set: then "Clear filters" goes back to the unfiltered list. */
  filtered: boolean
  className?: string
  children: ReactNode
}) {
  return (
    <form method="get" action={action} className={className ?? styles.filters} role="search" aria-label={label}>
      {children}
      <div className={styles.actions}>
        <button type="submit" className={formStyles.submit}>
          {submitLabel}
        </button>
        {filtered ? <Link href={action}>Clear filters</Link> : null}
      </div>
    </form>
  )
}

/** The link to another page of a filtered list: the same filters, the new offset (none for the first page). */
export function listPageHref<Query extends object>(path: string, query: Query, offset: number): string {
  const values: Record<string, unknown> = { ...query, offset: offset || undefined, limit: undefined }
  const params = new URLSearchParams(Object.entries(values).flatMap(([key, value]) => (value === undefined || value === "" ? [] : [[key, String(value)]])))
  return `${path}${params.size ? `?${params}` : ""}`
}
