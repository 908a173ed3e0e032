import { categoryIdOf, type Faq, type HelpCategory } from "@/lib/data/help"
import styles from "./faq-list.module.css"

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean)
}

/** FAQs grouped by help category; each answer opens in place (native <details>, keyboard-accessible without script). */
export function FaqList({ faqs, categories }: { faqs: Faq[]; categories: HelpCategory[] }) {
  return (
    <div className={styles.groups}>
      {categories
        .filter((category) => faqs.some((faq) => categoryIdOf(faq) === category.id))
        .map((category) => (
          <section key={category.id} aria-labelledby={`faq-${category.slug}`}>
            <h3 id={`faq-${category.slug}`}>{category.title}</h3>
            <div className={styles.list}>
              {faqs
                .filter((faq) => categoryIdOf(faq) === category.id)
                .map((faq) => (
                  <details key={faq.id} className={styles.item}>
                    <summary className={styles.question}>{faq.question}</summary>
                    <div className={styles.answer}>
                      {paragraphs(faq.answer).map((paragraph, index) => (
                        <p key={index}>{paragraph}</p>
                      ))}
                    </div>
                  </details>
                ))}
            </div>
          </section>
        ))}
    </div>
  )
}
