import Link from "next/link"
import type { HelpArticle, HelpArticleSummary } from "@/lib/data/help"
import { formatDate } from "@/lib/util/format"
import { ArticleBody } from "../components/article-body"
import { ArticleLinks } from "../components/article-links"
import { FeedbackForm } from "../components/feedback-form"
import styles from "../components/help.module.css"

/** A help article: where it sits, its sections, its text, related articles and "Was this helpful?". */
export function ArticleTemplate({ article, preview = false }: { article: HelpArticle; preview?: boolean }) {
  const category = typeof article.category === "object" ? article.category : null
  const related = (article.related ?? []).filter((item): item is HelpArticleSummary => typeof item === "object" && item !== null)
  return (
    <article>
      {preview ? (
        <p className={styles.previewBanner} role="status">
          Preview of the latest draft{article._status === "published" ? "" : " (not published)"}. Customers see the published version only.
        </p>
      ) : null}
      <nav aria-label="Breadcrumb" className={styles.meta}>
        <Link href="/help">Help centre</Link>
        {category ? <> › {category.title}</> : null}
      </nav>
      <h1>{article.title}</h1>
      <p>{article.summary}</p>
      {article.outline && article.outline.length > 1 ? (
        <nav aria-labelledby="outline-title" className={styles.outline}>
          <h2 id="outline-title">On this page</h2>
          <ol>
            {article.outline.map((heading) => (
              <li key={heading.anchor}>
                <a href={`#${heading.anchor}`}>{heading.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {article.bodyHtml ? <ArticleBody html={article.bodyHtml} /> : null}
      <p className={styles.meta}>Updated {formatDate(article.updatedAt)}</p>
      {related.length ? (
        <section aria-labelledby="related-title">
          <h2 id="related-title">Related articles</h2>
          <ArticleLinks articles={related} />
        </section>
      ) : null}
      {preview ? null : <FeedbackForm article={article.slug} />}
      {preview ? null : (
        <p>
          Still stuck? <Link href={`/account/support/new?article=${article.slug}`}>Ask about this</Link> and our team will answer you.
        </p>
      )}
    </article>
  )
}
