import http from "node:http"

export interface StreamEvent {
  id: string | null
  event: string
  data: string
}

/**
 * A server-sent events client for the tests, like a browser's EventSource: it reads the portal's live stream and
 * keeps every event it parses (comments such as heartbeats are not events).
 */
export function openEventStream(url: string, headers: Record<string, string>) {
  const events: StreamEvent[] = []
  let status = 0
  let ended = false
  let request: http.ClientRequest | null = null
  const opened = new Promise<void>((resolve, reject) => {
    request = http.get(url, { headers: { accept: "text/event-stream", ...headers } }, (response) => {
      status = response.statusCode ?? 0
      response.setEncoding("utf8")
      let buffer = ""
      response.on("data", (chunk: string) => {
        buffer += chunk
        let boundary: number
        while ((boundary = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, boundary)
          buffer = buffer.slice(boundary + 2)
          const fields = block.split("\n").filter((line) => line && !line.startsWith(":"))
          if (!fields.length) continue
          const value = (name: string) => fields.filter((line) => line.startsWith(`${name}:`)).map((line) => line.slice(name.length + 1).trimStart())
          if (!value("data").length && !value("event").length) continue
          events.push({ id: value("id")[0] ?? null, event: value("event")[0] ?? "message", data: value("data").join("\n") })
        }
      })
      response.on("end", () => (ended = true))
      response.on("close", () => (ended = true))
      resolve()
    })
    request.on("error", reject)
  })
  const waitUntil = async (check: () => boolean, what: string, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (check()) return
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    throw new Error(`The live stream never ${what}; it had: ${JSON.stringify(events)}`)
  }
  return {
    opened,
    events,
    get status() {
      return status
    },
    get ended() {
      return ended
    },
    /** The first event matching, waiting for it. */
    async waitFor(match: (event: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent> {
      await waitUntil(() => events.some(match), "sent the awaited event", timeoutMs)
      return events.find(match)!
    },
    waitForEnd: (timeoutMs?: number) => waitUntil(() => ended, "ended", timeoutMs),
    close: () => request?.destroy(),
  }
}
