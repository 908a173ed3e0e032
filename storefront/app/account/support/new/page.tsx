import type { Metadata } from "next"
import { TICKET_CATEGORIES, type TicketCategory } from "@portal/integrations/support"
import { NewTicketTemplate } from "@/modules/support/templates/new-ticket-template"

export const metadata: Metadata = { title: "Ask a question" }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const number = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined)

/**
 * The question form. Links from an order (`?order=`, `&line=`), an invoice (`?invoice=`), a help article
 * (`?article=`) or a search that found nothing (`?question=`) fill in what it is about; the backend checks that the
 * person may see that order or invoice when the form is sent.
 */
export default async function NewTicketPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const text = (name: string) => (typeof params[name] === "string" ? (params[name] as string).trim() : undefined)
  const orderNo = number(text("order"))
  const lineNo = orderNo ? number(text("line")) : undefined
  const invoice = /^(INV|CRN)\d{1,10}$/i.test(text("invoice") ?? "") ? text("invoice")!.toUpperCase() : undefined
  const article = /^[a-z0-9-]{1,120}$/.test(text("article") ?? "") ? text("article") : undefined
  const question = text("question")?.slice(0, 100) || undefined
  const wanted = text("category")
  const category: TicketCategory | "" = TICKET_CATEGORIES.includes(wanted as TicketCategory)
    ? (wanted as TicketCategory)
    : invoice
      ? "invoice_query"
      : lineNo
        ? "damaged_goods"
        : ""
  const aboutInWords = invoice ? invoice : orderNo ? `order ${orderNo}${lineNo ? `, line ${lineNo}` : ""}` : article ? "a help article" : null
  return (
    <NewTicketTemplate
      about={{ order_no: orderNo, order_line_no: lineNo, invoice_number: invoice, help_article: article, search_query: question }}
      aboutInWords={aboutInWords}
      category={category}
      subject={question ?? ""}
    />
  )
}
