import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it, vi } from "vitest"
import { loadConfig } from "./config"

const tempDataDir = () => mkdtempSync(path.join(tmpdir(), "portal-config-"))

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("portal configuration", () => {
  it("runs the demo on an embedded PostgreSQL and maildev when nothing is configured", () => {
    for (const name of ["DATABASE_URL", "PAYLOAD_DATABASE_URL", "ORDERFLOW_DATABASE_URL", "SMTP_URL", "MEDUSA_PORT"]) vi.stubEnv(name, "")
    const config = loadConfig({ dataDir: tempDataDir() })
    expect(config.postgres.external).toBe(false)
    expect(config.postgres.medusaUrl).toMatch(/^postgres:\/\/postgres:postgres@localhost:\d+\/medusa$/)
    expect(config.mail.external).toBe(false)
    expect(config.ports.medusa).toBe(9000)
  })

  it("uses the given databases only when all three are set, treating OrderFlow as the real ERP", () => {
    vi.stubEnv("DATABASE_URL", "postgres://a/medusa")
    vi.stubEnv("PAYLOAD_DATABASE_URL", "postgres://a/payload")
    vi.stubEnv("ORDERFLOW_DATABASE_URL", "postgres://erp/orderflow")
    expect(loadConfig({ dataDir: tempDataDir() }).postgres).toMatchObject({ external: true, orderflowUrl: "postgres://erp/orderflow" })
    vi.stubEnv("PAYLOAD_DATABASE_URL", "")
    expect(loadConfig({ dataDir: tempDataDir() }).postgres.external).toBe(false)
  })

  it("rejects a port that is not a port, naming the variable", () => {
    vi.stubEnv("MEDUSA_PORT", "90a0")
    expect(() => loadConfig({ dataDir: tempDataDir() })).toThrow(/MEDUSA_PORT must be a port number/)
  })

  it("reads the simulator switch as on/off and refuses anything else", () => {
    vi.stubEnv("ORDERFLOW_SIMULATOR", "off")
    expect(loadConfig({ dataDir: tempDataDir() }).orderflowSimulator).toBe(false)
    vi.stubEnv("ORDERFLOW_SIMULATOR", "sometimes")
    expect(() => loadConfig({ dataDir: tempDataDir() })).toThrow(/ORDERFLOW_SIMULATOR must be "on" or "off"/)
  })

  it("generates secrets once per data folder and keeps them across starts", () => {
    vi.stubEnv("JWT_SECRET", "")
    const dataDir = tempDataDir()
    const first = loadConfig({ dataDir }).secrets
    const second = loadConfig({ dataDir }).secrets
    expect(second).toEqual(first)
    expect(first.jwt).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8"))).toEqual(first)
    vi.stubEnv("JWT_SECRET", "from-the-environment")
    expect(loadConfig({ dataDir }).secrets.jwt).toBe("from-the-environment")
  })
})
