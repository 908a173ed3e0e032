import Link from "next/link"
import { PageHeader } from "@/modules/common/components/page-header"

/** What a customer sees for an address that leads nowhere, or to a record that is not theirs. */
export function NotFoundTemplate({ signedIn }: { signedIn: boolean }) {
  return (
    <>
      <PageHeader title="Page not found">
        <p>The page you asked for does not exist or is not available to your account.</p>
      </PageHeader>
      <p>{signedIn ? <Link href="/account">Back to your account</Link> : <Link href="/login">Go to sign-in</Link>}</p>
    </>
  )
}
