import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { safeNextPath } from "@/lib/util/safe-next-path"
import { LoginTemplate } from "@/modules/auth/templates/login-template"

export const metadata: Metadata = { title: "Sign in" }

type SearchParams = Promise<{ next?: string; signedOut?: string; expired?: string }>

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  if (await retrieveCustomer()) redirect(safeNextPath(params.next))
  const notice = params.signedOut
    ? "You have signed out."
    : params.expired
      ? "Your session has ended. Please sign in again."
      : null
  return <LoginTemplate next={params.next} notice={notice} />
}
