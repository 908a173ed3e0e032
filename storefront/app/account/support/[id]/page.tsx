import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveTicket } from "@/lib/data/support"
import { TicketTemplate } from "@/modules/support/templates/ticket-template"

type Params = Promise<{ id: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const ticket = await retrieveTicket((await params).id)
  return { title: ticket ? `${ticket.reference}: ${ticket.subject}` : "Question not found" }
}

export default async function TicketPage({ params, searchParams }: { params: Params; searchParams: Promise<{ sent?: string }> }) {
  const ticket = await retrieveTicket((await params).id)
  if (!ticket) notFound()
  return <TicketTemplate ticket={ticket} justSent={(await searchParams).sent === "1"} />
}
