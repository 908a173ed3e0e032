import styles from "./help.module.css"

/**
 * An article's body as the CMS rendered it from the editor's rich text (Payload's converter: text escaped, link
 * addresses sanitised, headings with anchors). Editors are the only authors.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className={styles.articleBody} dangerouslySetInnerHTML={{ __html: html }} />
}
