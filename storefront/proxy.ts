import { type NextRequest, NextResponse } from "next/server"

const SESSION_COOKIE = "portal_session"

/**
 * Sends signed-out visitors of the account area to sign in, remembering where they were going.
 * The account layout still verifies the session with Medusa: a cookie alone proves nothing.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (!request.cookies.get(SESSION_COOKIE)?.value) {
    const login = new URL("/login", request.url)
    login.searchParams.set("next", `${pathname}${search}`)
    return NextResponse.redirect(login)
  }
  const headers = new Headers(request.headers)
  headers.set("x-portal-path", `${pathname}${search}`)
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ["/account/:path*"] }
