import type { Faq } from "@/lib/data/faq"
import { PageHeader } from "@/modules/common/components/page-header"
import { FaqList } from "../components/faq-list"

export function HelpTemplate({ faqs }: { faqs: Faq[] | null }) {
  return (
    <>
      <PageHeader title="Help">
        <p>Answers to the questions our customers ask most.</p>
      </PageHeader>
      {faqs === null ? (
        <p role="alert">The help pages cannot be loaded right now. Please try again in a few minutes.</p>
      ) : faqs.length === 0 ? (
        <p>There are no help entries yet.</p>
      ) : (
        <FaqList faqs={faqs} />
      )}
    </>
  )
}
