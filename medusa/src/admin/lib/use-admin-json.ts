import { useEffect, useState } from "react"

/**
 * GETs one of the portal's admin routes with the staff session and keeps the answer; `url` null waits.
 * A refused request shows the server's message; a newer url replaces the older answer.
 */
export function useAdminJson<T>(url: string | null): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null })
  useEffect(() => {
    if (!url) return
    let cancelled = false
    setState({ data: null, error: null })
    fetch(url, { credentials: "include" })
      .then(async (response) => {
        const body = (await response.json().catch(() => null)) as (T & { message?: string }) | null
        if (!response.ok) throw new Error(body?.message ?? `The server answered ${response.status}`)
        if (!cancelled) setState({ data: body as T, error: null })
      })
      .catch((reason: unknown) => !cancelled && setState({ data: null, error: reason instanceof Error ? reason.message : String(reason) }))
    return () => {
      cancelled = true
    }
  }, [url])
  return state
}
