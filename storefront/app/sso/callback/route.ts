import { cookies } from "next/headers"
import { type NextRequest, NextResponse } from "next/server"
import { completeSso, SSO_ERROR_COOKIE } from "@/lib/data/sso"

/** Where a company's identity provider sends people back (registered with it as the redirect URI). */
export async function GET(request: NextRequest) {
  const outcome = await completeSso(request.nextUrl.searchParams)
  const origin = process.env.STOREFRONT_URL || request.nextUrl.origin
  if ("next" in outcome) return NextResponse.redirect(new URL(outcome.next, origin), 303)
  ;(await cookies()).set(SSO_ERROR_COOKIE, outcome.error.slice(0, 300), { httpOnly: true, sameSite: "lax", path: "/", maxAge: 120 })
  return NextResponse.redirect(new URL("/login?sso=failed", origin), 303)
}
