import { createServer, type Server, type Socket } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { waitForPostgres } from "./postgres"

describe("waiting for PostgreSQL", () => {
  let server: Server | undefined
  const sockets: Socket[] = []
  afterEach(async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  })

  it("gives up with a clear error when something on the port accepts connections but never answers", async () => {
    // What `npm start` met once: the port taken by a process that is not (or no longer) a working server.
    server = createServer((socket) => void sockets.push(socket))
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", () => resolve()))
    const port = (server.address() as { port: number }).port
    const started = Date.now()
    await expect(waitForPostgres(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`, 1_000)).rejects.toThrow(/not reachable/)
    expect(Date.now() - started).toBeLessThan(8_000)
  }, 20_000)
})
