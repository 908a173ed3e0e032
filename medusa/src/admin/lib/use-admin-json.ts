import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"

/**
 * GETs one of the portal's admin routes with the staff session and keeps the answer; `url` null waits.
 * A refused request shows the server's message; a newer url replaces the older answer.
 */
export function useAdminJson<T>(url: string | null): { data: T | null; error: string | null; reload: () => void } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null })
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!url) return
    let cancelled = false
    // A reload keeps the current answer on screen until the new one arrives.
    if (version === 0) setState({ data: null, error: null })
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
  }, [url, version])
  return { ...state, reload: () => setVersion((current) => current + 1) }
}

/** Sends a change to one of the portal's admin routes (JSON, or a form with files); throws the server's message. */
export async function adminSend<T>(url: string, method: "POST" | "DELETE", body?: Record<string, unknown> | FormData): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: "include",
    headers: body instanceof FormData || body === undefined ? {} : { "content-type": "application/json" },
    body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
  })
  const answer = (await response.json().catch(() => null)) as (T & { message?: string }) | null
  if (!response.ok) throw new Error(answer?.message ?? `The server answered ${response.status}`)
  return answer as T
}

/** Runs a change from a button or form: a toast says it worked (then `reload`) or what the server answered. */
export async function runAdminAction(work: () => Promise<unknown>, done: string, reload: () => void): Promise<boolean> {
  try {
    await work()
    toast.success(done)
    reload()
    return true
  } catch (reason) {
    toast.error(reason instanceof Error ? reason.message : String(reason))
    return false
  }
}
