import type { ServerResponse } from "node:http"
import type { Socket } from "node:net"

/**
 * Answers a request with the head of a response that lasts as long as its connection (an event stream), and takes the
 * connection over from Node's HTTP server, as a WebSocket upgrade does: from then on the caller writes to the socket.
 *
 * Why: an event stream stays open for hours. Held as an Express response, it keeps the whole request alive with it:
 * Medusa's request scope, session and middleware state, about 24 KB of heap each (measured with heap snapshots; 5,000
 * streams held ~290 MB). Taken over, a stream costs its socket and a few small objects.
 *
 * How: the head is written to the socket directly, with the headers middlewares set (CORS and the like) and
 * `Connection: close`, so the body is delimited by the connection's end (no chunked framing to keep up). Then the
 * response is marked finished, which is where Node's server lets go of the request and the response (it keeps them
 * until then, whatever else lets go), and the keep-alive timer it starts for the next request is cleared: no other
 * request is answered on this connection before the stream ends it.
 */
export function takeOverConnection(res: ServerResponse, headers: Record<string, string>, firstChunk: string): Socket {
  const socket = res.socket
  if (!socket || res.headersSent) throw new Error("The response has already started or has no connection")
  const lines: string[] = []
  const all = { ...res.getHeaders(), ...Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])), connection: "close" }
  for (const [name, value] of Object.entries(all)) {
    if (value === undefined) continue
    for (const each of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${String(each)}`)
  }
  socket.write(`HTTP/1.1 200 OK\r\n${lines.join("\r\n")}\r\n\r\n${firstChunk}`)
  res.emit("finish")
  socket.setTimeout(0)
  return socket
}
