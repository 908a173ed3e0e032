import { type NextRequest, NextResponse } from "next/server"
import { contentSecurityPolicy, isFramedByCms, servedOverHttps } from "./lib/util/security-headers"

const SESSION_COOKIE = "portal_session"

/**
 * Every page gets a fresh CSP nonce (Next.js applies it to its scripts) and, behind TLS, HSTS. Signed-out visitors
 * of the account area are sent to sign in, remembering where they were going; the account layout still verifies
 * the session with Medusa: a cookie alone proves nothing.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const https = servedOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto"))
  const framedByCms = isFramedByCms(pathname)
  const policy = contentSecurityPolicy(Buffer.from(crypto.randomUUID()).toString("base64"), {
    development: process.env.NODE_ENV === "development",
    https,
    framedBy: framedByCms ? new URL(process.env.CMS_URL || "http://localhost:3000").origin : undefined,
  })
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", policy)
    // Every page but the CMS's live preview refuses frames (CSP above, and X-Frame-Options for old browsers).
    if (!framedByCms) response.headers.set("X-Frame-Options", "DENY")
    if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
    return response
  }

  if (pathname.startsWith("/account") && !request.cookies.get(SESSION_COOKIE)?.value) {
    const login = new URL("/login", request.url)
    login.searchParams.set("next", `${pathname}${search}`)
    return secure(NextResponse.redirect(login))
  }
  const headers = new Headers(request.headers)
  headers.set("Content-Security-Policy", policy)
  headers.set("x-portal-path", `${pathname}${search}`)
  return secure(NextResponse.next({ request: { headers } }))
}

export const config = {
  // Pages only: not static files, images or prefetches (they carry no scripts of their own).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
}
