import { categoryIdOf, type Faq, type HelpArticleSummary, type HelpCategory } from "@/lib/data/help"
import { PageHeader } from "@/modules/common/components/page-header"
import { ArticleLinks } from "../components/article-links"
import { FaqList } from "../components/faq-list"
import { HelpSearchForm } from "../components/help-search-form"
import styles from "../components/help.module.css"

/** The help centre's front page: search, the articles by category, and the questions customers ask most. */
export function HelpTemplate({ categories, articles, faqs }: { categories: HelpCategory[] | null; articles: HelpArticleSummary[] | null; faqs: Faq[] | null }) {
  if (!categories || !articles) {
    return (
      <>
        <PageHeader title="Help centre" />
        <p role="alert">The help pages cannot be loaded right now. Please try again in a few minutes.</p>
      </>
    )
  }
  return (
    <>
      <PageHeader title="Help centre">
        <p>How the portal works, and answers to the questions our customers ask most.</p>
      </PageHeader>
      <HelpSearchForm />
      <div className={styles.categories}>
        {categories.map((category) => {
          const inCategory = articles.filter((article) => categoryIdOf(article) === category.id)
          if (!inCategory.length) return null
          return (
            <section key={category.id} aria-labelledby={`category-${category.slug}`}>
              <h2 id={`category-${category.slug}`}>{category.title}</h2>
              {category.description ? <p className={styles.categoryLead}>{category.description}</p> : null}
              <ArticleLinks articles={inCategory} />
            </section>
          )
        })}
        {faqs?.length ? (
          <section aria-labelledby="faq-title">
            <h2 id="faq-title">Frequently asked questions</h2>
            <FaqList faqs={faqs} categories={categories} />
          </section>
        ) : null}
      </div>
    </>
  )
}
