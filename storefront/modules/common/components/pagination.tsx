import Link from "next/link"
import styles from "./pagination.module.css"

/** Previous and next links under a server-paginated list; `hrefFor` keeps the list's filters in each link. */
export function Pagination({ offset, limit, count, hrefFor }: { offset: number; limit: number; count: number; hrefFor: (offset: number) => string }) {
  return (
    <nav aria-label="Pages" className={styles.pages}>
      {offset > 0 ? <Link href={hrefFor(Math.max(0, offset - limit))}>Previous page</Link> : <span />}
      {offset + limit < count ? <Link href={hrefFor(offset + limit)}>Next page</Link> : null}
    </nav>
  )
}
