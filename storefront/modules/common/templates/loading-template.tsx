import { PageHeader } from "../components/page-header"
import styles from "./loading-template.module.css"

/**
 * What an account page shows while its data is on the way (its route's loading.tsx): the page's title at once, a
 * polite "Loading …" for screen readers, and placeholders where the cards will be.
 */
export function LoadingTemplate({ title }: { title: string }) {
  return (
    <div aria-busy="true">
      <PageHeader title={title}>
        <p role="status">Loading {title.toLowerCase()}…</p>
      </PageHeader>
      <div className={styles.blocks} aria-hidden="true">
        <div className={styles.block} />
        <div className={styles.block} />
      </div>
    </div>
  )
}
