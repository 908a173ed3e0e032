import { createServer, type Server } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { assertPortsFree } from "./processes"

let holder: Server | null = null
afterEach(async () => {
  await new Promise<void>((resolve) => (holder ? holder.close(() => resolve()) : resolve()))
  holder = null
})

const listen = (host: string) =>
  new Promise<number>((resolve) => {
    holder = createServer().listen(0, host, () => resolve((holder!.address() as { port: number }).port))
  })

describe("ports the portal needs", () => {
  it("names the port and its variable when another process holds it, on loopback as on every interface", async () => {
    for (const host of ["127.0.0.1", "0.0.0.0"]) {
      const port = await listen(host)
      await expect(assertPortsFree([{ port, use: "Medusa (MEDUSA_PORT)" }])).rejects.toThrow(new RegExp(`Port ${port} for Medusa \\(MEDUSA_PORT\\) is in use`))
      await new Promise<void>((resolve) => holder!.close(() => resolve()))
      holder = null
    }
  })

  it("lets a free port through", async () => {
    const port = await listen("127.0.0.1")
    await new Promise<void>((resolve) => holder!.close(() => resolve()))
    holder = null
    await expect(assertPortsFree([{ port, use: "the storefront (STOREFRONT_PORT)" }])).resolves.toBeUndefined()
  })
})
