import type { HelpPage } from "@portal/integrations/help"
import Link from "next/link"
import { listHelpForPage } from "@/lib/data/help"
import styles from "./help.module.css"

/**
 * "Help with this page": the articles editors tagged for this portal page, those for its state first (`pages`
 * most specific first, e.g. ["invoice-overdue", "invoice"]). Nothing when there are none or the CMS is away.
 */
export async function PageHelp({ pages }: { pages: HelpPage[] }) {
  const articles = await listHelpForPage(pages)
  if (!articles.length) return null
  return (
    <aside className={`${styles.pageHelp} no-print`} aria-labelledby="page-help-title">
      <h2 id="page-help-title">Help with this page</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            <Link href={`/help/articles/${article.slug}`}>{article.title}</Link>
          </li>
        ))}
      </ul>
    </aside>
  )
}
