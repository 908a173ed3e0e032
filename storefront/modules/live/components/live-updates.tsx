"use client"

import { useRouter } from "next/navigation"
import { useEffect } from "react"

/** Changes that come close together (a sync page of several) cost one refresh. */
const REFRESH_AFTER_MS = 250
/** After the stream was refused (the backend restarting), try again this long after. */
const RECONNECT_AFTER_MS = 5_000

/**
 * Keeps the open page current: one event stream per tab (/account/live, the backend's stream behind the portal's
 * session), and on each change the page's server data is fetched again (router.refresh), so status, timeline, lists,
 * counts and the bell move without a reload. The browser reconnects by itself after a dropped connection and sends
 * the last event id it saw; a refused one is retried here.
 */
export function LiveUpdates() {
  const router = useRouter()
  useEffect(() => {
    let source: EventSource | null = null
    let refreshTimer: ReturnType<typeof setTimeout> | null = null
    let reconnectTimer: ReturnType<typeof setTimeout> | null = null
    let stopped = false
    const refresh = () => {
      if (refreshTimer) clearTimeout(refreshTimer)
      refreshTimer = setTimeout(() => router.refresh(), REFRESH_AFTER_MS)
    }
    const connect = () => {
      source = new EventSource("/account/live")
      source.addEventListener("change", refresh)
      source.addEventListener("resync", refresh)
      source.addEventListener("ready", () => document.documentElement.setAttribute("data-live", "on"))
      // The session ended: stop, and let the refresh take the page to sign-in.
      source.addEventListener("session-ended", () => {
        stopped = true
        source?.close()
        router.refresh()
      })
      source.addEventListener("error", () => {
        document.documentElement.removeAttribute("data-live")
        if (source?.readyState === EventSource.CLOSED && !stopped) reconnectTimer = setTimeout(connect, RECONNECT_AFTER_MS)
      })
    }
    connect()
    return () => {
      stopped = true
      if (refreshTimer) clearTimeout(refreshTimer)
      if (reconnectTimer) clearTimeout(reconnectTimer)
      source?.close()
      document.documentElement.removeAttribute("data-live")
    }
  }, [router])
  return null
}
