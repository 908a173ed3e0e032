import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { listTickets } from "@/lib/data/support"
import { PageHelp } from "@/modules/help/components/page-help"
import { TicketsTemplate } from "@/modules/support/templates/tickets-template"

export const metadata: Metadata = { title: "Support" }

const PAGE_SIZE = 20

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function SupportPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const text = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : undefined)
  // "Ask us" from a help search that found nothing (links made before the form had its own address).
  const question = text("question")
  if (question) redirect(`/account/support/new?question=${encodeURIComponent(question.slice(0, 100))}`)
  const status = ["active", "resolved", "all"].includes(text("status") ?? "") ? text("status")! : "active"
  const offset = Math.max(0, Number.parseInt(text("offset") ?? "0", 10) || 0)
  const list = await listTickets({ status, limit: PAGE_SIZE, offset })
  return (
    <>
      <TicketsTemplate list={list} status={status} page={{ offset, limit: PAGE_SIZE }} />
      <PageHelp pages={["support"]} />
    </>
  )
}
