import type { ReactNode } from "react"
import styles from "./list.module.css"
import { Pagination } from "./pagination"
import { ScrollableTable } from "./scrollable-table"

/** One column of a list table: its heading and how a row fills its cell. */
export interface ListColumn<Row> {
  header: string
  cell: (row: Row) => ReactNode
  /** Amounts and quantities: right-aligned, tabular figures, never wrapped. */
  numeric?: boolean
  /** The cell names the row (a <th scope="row">), as the order or invoice number does. */
  rowHeader?: boolean
  className?: string
}

/**
 * The results of a list page (orders, invoices, payments): an optional count line, the table (scrolling inside
 * its box on a phone), and previous/next links that keep the filters. Every list page renders its rows here.
 */
export function ListTable<Row>({
  label,
  tableLabel,
  rows,
  rowKey,
  columns,
  summary,
  page,
}: {
  /** The results region's name ("Your orders"). */
  label: string
  tableLabel: string
  rows: Row[]
  rowKey: (row: Row) => string | number
  columns: ListColumn<Row>[]
  summary?: ReactNode
  page: { offset: number; limit: number; count: number; hrefFor: (offset: number) => string }
}) {
  const cellClass = (column: ListColumn<Row>) => [column.numeric ? styles.money : "", column.className ?? ""].filter(Boolean).join(" ") || undefined
  return (
    <section aria-label={label} className={styles.results}>
      {summary ? <p role="status">{summary}</p> : null}
      <ScrollableTable label={tableLabel}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.numeric ? styles.money : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.header} scope="row" className={cellClass(column)}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={cellClass(column)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      <Pagination offset={page.offset} limit={page.limit} count={page.count} hrefFor={page.hrefFor} />
    </section>
  )
}

/** "12 orders, showing 1–10": the count line over a paged list. */
export function countLine(count: number, noun: { one: string; many: string }, page: { offset: number; limit: number }): string {
  const shown = count > page.limit ? `, showing ${page.offset + 1}–${Math.min(page.offset + page.limit, count)}` : ""
  return `${count === 1 ? `1 ${noun.one}` : `${count} ${noun.many}`}${shown}`
}
