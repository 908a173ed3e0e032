import Link from "next/link"
import { PageHeader } from "@/modules/common/components/page-header"

/** What a person sees for a page their role in this account does not include (HTTP 403). */
export function ForbiddenTemplate({ roleLabel }: { roleLabel: string | null }) {
  return (
    <>
      <PageHeader title="Not part of your role">
        <p>
          {roleLabel ? `Your role in this account is ${roleLabel}, and it does not include this page.` : "Your role in this account does not include this page."} If
          you need it, ask your account&apos;s Admin to change your role.
        </p>
      </PageHeader>
      <p>
        <Link href="/account">Back to your account</Link>
      </p>
    </>
  )
}
