import type { TicketCategory } from "@portal/integrations/support"
import Link from "next/link"
import { Card } from "@/modules/common/components/card"
import { PageHeader } from "@/modules/common/components/page-header"
import { type TicketAbout, TicketForm } from "../components/ticket-form"

/** A new question, prefilled with what the customer came from: an order or its line, an invoice, an article, a search. */
export function NewTicketTemplate({ about, aboutInWords, category, subject }: { about: TicketAbout; aboutInWords: string | null; category: TicketCategory | ""; subject: string }) {
  return (
    <>
      <PageHeader title="Ask a question">
        <p>Tell us what happened; photos of damaged goods or a delivery note help us sort it out faster. We answer here and by email.</p>
        {aboutInWords ? <p>About {aboutInWords}.</p> : null}
        <p>
          <Link href="/account/support">Your questions</Link>
        </p>
      </PageHeader>
      <Card title="Your question">
        <TicketForm about={about} category={category} subject={subject} />
      </Card>
    </>
  )
}
