import { backendConfig } from "@/lib/config"
import { customerHeaders } from "@/lib/data/session"

export const dynamic = "force-dynamic"

/**
 * The page's live updates: the backend's event stream for the signed-in session, passed through as it comes (the
 * session token stays in its HttpOnly cookie on this server). It ends when the tab goes, or when the session does.
 */
export async function GET(request: Request) {
  const { medusaUrl, publishableKey } = backendConfig()
  const lastEventId = request.headers.get("last-event-id")
  const upstream = await fetch(`${medusaUrl}/store/portal/live`, {
    headers: { ...(await customerHeaders()), "x-publishable-api-key": publishableKey, accept: "text/event-stream", ...(lastEventId ? { "last-event-id": lastEventId } : {}) },
    signal: request.signal,
    cache: "no-store",
  }).catch(() => null)
  if (!upstream?.ok || !upstream.body) {
    // 204 tells EventSource to stop: without a session there is nothing to follow (the page itself goes to sign-in).
    return new Response(null, { status: upstream?.status === 401 ? 204 : 503 })
  }
  return new Response(upstream.body, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" },
  })
}
