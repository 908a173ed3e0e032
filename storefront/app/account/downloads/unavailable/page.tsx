import type { Metadata } from "next"
import Link from "next/link"
import { Card } from "@/modules/common/components/card"
import { PageHeader } from "@/modules/common/components/page-header"

export const metadata: Metadata = { title: "Download not available" }

const MESSAGES: Record<string, { title: string; text: string }> = {
  expired: { title: "This download link has expired", text: "Download links work for two minutes. Open the document again and download it from there." },
  foreign: { title: "This download link is for another account", text: "Links are made for the account that asked for them. Open your own invoices and statements to download them." },
  invalid: { title: "This download link is not valid", text: "The link is incomplete or was changed. Open the document again and download it from there." },
}

export default async function DownloadUnavailablePage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams
  const message = MESSAGES[reason ?? ""] ?? MESSAGES.invalid!
  return (
    <>
      <PageHeader title={message.title} />
      <Card title="What you can do">
        <p>{message.text}</p>
        <p>
          <Link href="/account/invoices">Go to my invoices</Link> · <Link href="/account/statements">Go to my statements</Link>
        </p>
      </Card>
    </>
  )
}
