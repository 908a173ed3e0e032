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
    expect(config.demo).toBe(true)
    expect(config.staff.password).toBe("staff-demo-2026")
  })

  const realDatabases = () => {
    vi.stubEnv("DATABASE_URL", "postgres://a/medusa")
    vi.stubEnv("PAYLOAD_DATABASE_URL", "postgres://a/payload")
    vi.stubEnv("ORDERFLOW_DATABASE_URL", "postgres://erp/orderflow")
    vi.stubEnv("MEDUSA_ADMIN_PASSWORD", "staff's own passphrase")
    vi.stubEnv("PAYLOAD_ADMIN_PASSWORD", "editor's own passphrase")
  }

  it("uses the given databases when all three are set, treating OrderFlow as the real ERP and not as the demo", () => {
    realDatabases()
    const config = loadConfig({ dataDir: tempDataDir() })
    expect(config.postgres).toMatchObject({ external: true, orderflowUrl: "postgres://erp/orderflow" })
    expect(config.demo).toBe(false)
  })

  it("refuses one or two of the three database URLs, naming the missing ones, instead of running the demo's", () => {
    realDatabases()
    vi.stubEnv("PAYLOAD_DATABASE_URL", "")
    expect(() => loadConfig({ dataDir: tempDataDir() })).toThrow(/DATABASE_URL and ORDERFLOW_DATABASE_URL are set but PAYLOAD_DATABASE_URL is not/)
    vi.stubEnv("ORDERFLOW_DATABASE_URL", "")
    expect(() => loadConfig({ dataDir: tempDataDir() })).toThrow(/DATABASE_URL is set but PAYLOAD_DATABASE_URL and ORDERFLOW_DATABASE_URL are not/)
  })

  it("refuses a real deployment whose staff or editor password is unset or a published demo password", () => {
    realDatabases()
    vi.stubEnv("MEDUSA_ADMIN_PASSWORD", "")
    expect(() => loadConfig({ dataDir: tempDataDir() })).toThrow(/MEDUSA_ADMIN_PASSWORD is not set/)
    vi.stubEnv("MEDUSA_ADMIN_PASSWORD", "staff-demo-2026")
    expect(() => loadConfig({ dataDir: tempDataDir() })).toThrow(/MEDUSA_ADMIN_PASSWORD is a demo password/)
    vi.stubEnv("MEDUSA_ADMIN_PASSWORD", "staff's own passphrase")
    vi.stubEnv("PAYLOAD_ADMIN_PASSWORD", "editor-demo-2026")
    expect(() => loadConfig({ dataDir: tempDataDir() })).toThrow(/PAYLOAD_ADMIN_PASSWORD is a demo password/)
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
