import type { Metadata } from "next"
import { ComingSoon } from "@/modules/common/components/coming-soon"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Support" }

/** "Ask us" from a search that found nothing arrives here with the question kept (`?question=`) for the ticket form. */
export default async function SupportPage({ searchParams }: { searchParams: Promise<{ question?: string | string[] }> }) {
  const { question } = await searchParams
  const asked = (Array.isArray(question) ? question[0] : question)?.trim().slice(0, 100)
  return (
    <>
      <ComingSoon
        title="Support"
        description={`Opening and following support tickets, with attachments, will be possible here.${asked ? ` Your question, “${asked}”, will be filled in for you.` : ""}`}
      />
      <PageHelp pages={["support"]} />
    </>
  )
}
