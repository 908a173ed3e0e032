import { mkdtempSync, readFileSync } from "node:fs"
import { createServer, type Server } from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { assertPortsFree, startService, stopService } from "./processes"

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

describe("services kept running", () => {
  const exitsAtOnce = [process.execPath, ["-e", "process.exit(3)"]] as const
  const waitFor = async (condition: () => boolean) => {
    const deadline = Date.now() + 10_000
    while (!condition()) {
      if (Date.now() > deadline) throw new Error("timed out")
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  it("starts a service that died again, with a new process, until it is stopped", { timeout: 20_000 }, async () => {
    const logFile = path.join(mkdtempSync(path.join(tmpdir(), "portal-service-")), "service.log")
    const service = startService("crashing", exitsAtOnce[0], [...exitsAtOnce[1]], { cwd: tmpdir(), logFile, restart: true })
    const firstPid = service.child.pid
    await waitFor(() => service.restarts >= 2)
    expect(service.child.pid).not.toBe(firstPid)
    await stopService(service)
    const restartsWhenStopped = service.restarts
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(service.restarts).toBe(restartsWhenStopped)
    expect(readFileSync(logFile, "utf8")).toMatch(/crashing exited \(code 3\); starting it again/)
  })

  it("leaves a service without `restart` down when it dies", { timeout: 20_000 }, async () => {
    const logFile = path.join(mkdtempSync(path.join(tmpdir(), "portal-service-")), "service.log")
    const service = startService("once", exitsAtOnce[0], [...exitsAtOnce[1]], { cwd: tmpdir(), logFile })
    await waitFor(() => service.child.exitCode !== null)
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(service.restarts).toBe(0)
    expect(service.child.exitCode).toBe(3)
  })
})
