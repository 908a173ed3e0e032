import { FAQ_CATEGORY_LABELS, type Faq } from "@/lib/data/faq"
import styles from "./faq-list.module.css"

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean)
}

/** FAQs grouped by category; each answer opens in place (native <details>, keyboard-accessible without script). */
export function FaqList({ faqs }: { faqs: Faq[] }) {
  const categories = (Object.keys(FAQ_CATEGORY_LABELS) as Faq["category"][]).filter((category) =>
    faqs.some((faq) => faq.category === category)
  )
  return (
    <div className={styles.groups}>
      {categories.map((category) => (
        <section key={category} aria-labelledby={`faq-${category}`}>
          <h2 id={`faq-${category}`}>{FAQ_CATEGORY_LABELS[category]}</h2>
          <div className={styles.list}>
            {faqs
              .filter((faq) => faq.category === category)
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
