import type { Metadata } from "next"
import Link from "next/link"
import { confirmUnsubscribe, previewUnsubscribe } from "@/lib/data/notification-actions"
import { EmailedLinkForm } from "@/modules/auth/components/emailed-link-form"
import { AccessTemplate } from "@/modules/auth/templates/access-template"

export const metadata: Metadata = { title: "Stop these emails" }

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  const preview = token ? await previewUnsubscribe(token) : null
  return (
    <AccessTemplate
      title={preview && "label" in preview ? `Stop emails about ${preview.label.toLowerCase()}?` : "Stop these emails"}
      lead="You will still see these in the portal under the bell; only the emails stop."
    >
      {preview && "error" in preview ? <p role="alert">{preview.error}</p> : <EmailedLinkForm token={token} action={confirmUnsubscribe} submit="Stop these emails" pendingLabel="Saving…" />}
      <p>
        <Link href="/account/profile#notifications">Choose all your notification emails</Link>
      </p>
    </AccessTemplate>
  )
}
