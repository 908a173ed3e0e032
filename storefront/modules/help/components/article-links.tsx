import Link from "next/link"
import type { HelpArticleSummary } from "@/lib/data/help"
import styles from "./help.module.css"

/** A list of articles: title as the link, the summary under it. */
export function ArticleLinks({ articles }: { articles: HelpArticleSummary[] }) {
  return (
    <ul className={styles.articleLinks}>
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/help/articles/${article.slug}`}>{article.title}</Link>
          <p>{article.summary}</p>
        </li>
      ))}
    </ul>
  )
}
