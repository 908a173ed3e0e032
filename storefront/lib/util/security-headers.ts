/**
 * The storefront's Content Security Policy: scripts only with this response's nonce (Next.js puts it on its own
 * scripts when it finds the policy on the request), nothing framed, forms posted only to ourselves. `framedBy`: the
 * one origin allowed to frame the page (the CMS, for its editors' live preview of a help article).
 */
export function contentSecurityPolicy(
  nonce: string,
  { development, https, framedBy }: { development: boolean; https: boolean; framedBy?: string }
): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framedBy ?? "'none'"}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ")
}

/** Whether the visitor reached us over HTTPS, directly or through a TLS-terminating proxy. */
export function servedOverHttps(url: URL, forwardedProto: string | null): boolean {
  return url.protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https"
}

/** The help article preview the CMS's live preview frames; every other page refuses to be framed. */
export const isFramedByCms = (pathname: string) => pathname.startsWith("/help/preview/")
