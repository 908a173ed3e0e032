import http, { type IncomingMessage } from "node:http"
import type { AddressInfo, Socket } from "node:net"
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"
import { afterEach, describe, expect, it } from "vitest"
import { takeOverConnection } from "./take-over-connection"

setFlagsFromString("--expose-gc")
const collectGarbage = runInNewContext("gc") as () => void
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A server whose every request becomes a stream taken over, as the live route does, after a middleware set a header. */
function streamServer(keepAliveTimeout: number) {
  const sockets: Socket[] = []
  const requests: WeakRef<IncomingMessage>[] = []
  const server = http.createServer((req, res) => {
    res.setHeader("Access-Control-Allow-Origin", "http://portal.example")
    requests.push(new WeakRef(req))
    sockets.push(takeOverConnection(res, { "Content-Type": "text/event-stream" }, "retry: 3000\n\n"))
  })
  server.keepAliveTimeout = keepAliveTimeout
  return { server, sockets, requests }
}

/** Opens a stream and collects what arrives. */
function listen(port: number) {
  const received: string[] = []
  return new Promise<{ headers: http.IncomingHttpHeaders; received: string[]; ended: Promise<void>; close: () => void }>((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path: "/live", agent: false }, (response) => {
      response.setEncoding("utf8")
      const ended = new Promise<void>((done) => response.on("close", () => done()))
      response.on("data", (chunk: string) => received.push(chunk))
      response.once("data", () => resolve({ headers: response.headers, received, ended, close: () => request.destroy() }))
    })
  })
}

describe("taking an event stream's connection over", () => {
  let close = () => undefined as void
  afterEach(() => close())

  it("answers with the middlewares' headers, a body that ends with the connection, and outlives the keep-alive timer", async () => {
    const { server, sockets } = streamServer(200)
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    close = () => server.close()
    const stream = await listen((server.address() as AddressInfo).port)
    expect(stream.headers).toMatchObject({ "content-type": "text/event-stream", "access-control-allow-origin": "http://portal.example", connection: "close" })
    expect(stream.headers["transfer-encoding"]).toBeUndefined()
    expect(stream.received.join("")).toBe("retry: 3000\n\n")

    // Quiet for longer than the server waits for a next request on an idle connection: the stream is still open.
    await sleep(700)
    sockets[0]!.write("event: change\ndata: {}\n\n")
    await sleep(50)
    expect(stream.received.join("")).toContain("event: change")
    sockets[0]!.end()
    await stream.ended
  })

  it("lets go of the request while the stream stays open, so what middlewares attached to it is not held for hours", async () => {
    const { server, sockets, requests } = streamServer(5_000)
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    close = () => server.close()
    const streams = await Promise.all([1, 2, 3].map(() => listen((server.address() as AddressInfo).port)))
    await sleep(50)
    for (let round = 0; round < 3; round++) {
      collectGarbage()
      await sleep(20)
    }
    expect(requests.filter((request) => request.deref() !== undefined)).toHaveLength(0)
    expect(sockets.filter((socket) => !socket.destroyed)).toHaveLength(3)
    // The client going away closes the server's side too, which is how the live hub hears of it.
    const closed = new Promise((resolve) => sockets[0]!.once("close", resolve))
    streams[0]!.close()
    await closed
    for (const stream of streams.slice(1)) stream.close()
  })
})
