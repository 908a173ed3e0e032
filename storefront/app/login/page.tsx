import type { Metadata } from "next"
import { cookies } from "next/headers"
import { redirect } from "next/navigation"
import { SSO_ERROR_COOKIE } from "@/lib/data/sso"
import { retrieveCustomer } from "@/lib/data/customer"
import { safeNextPath } from "@/lib/util/safe-next-path"
import { LoginTemplate } from "@/modules/auth/templates/login-template"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Sign in" }

/** The backend's idle limit (SESSION_IDLE_MINUTES, the same setting Medusa enforces). */
function idleTimeoutInWords(): string {
  const minutes = Number(process.env.SESSION_IDLE_MINUTES || 30)
  return minutes >= 1 ? `${Math.round(minutes)} minute${Math.round(minutes) === 1 ? "" : "s"}` : `${Math.round(minutes * 60)} seconds`
}

type SearchParams = Promise<{ next?: string; signedOut?: string; expired?: string; sso?: string; method?: string }>

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  if (await retrieveCustomer()) redirect(safeNextPath(params.next))
  const notice = params.signedOut
    ? "You have signed out."
    : params.expired === "idle"
      ? `You were signed out after ${idleTimeoutInWords()} of inactivity. Sign in again to continue where you were.`
      : params.expired
        ? "Your session has ended. Please sign in again."
        : null
  // Why single sign-on failed, in the backend's words (the callback keeps them in a short-lived cookie).
  const ssoError = params.sso === "failed" ? ((await cookies()).get(SSO_ERROR_COOKIE)?.value ?? "Signing in through your company did not complete. Please try again.") : null
  return (
    <>
      <LoginTemplate next={params.next} notice={notice} error={ssoError} passwordFirst={params.method === "password"} />
      <PageHelp pages={["login"]} />
    </>
  )
}
