import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { loadConfig } from "./config"
import { instancePorts, nginxConfiguration, scaleTopologyFromEnv, topologyPorts } from "./topology"

describe("the scale topology", () => {
  it("reads its size and Redis from the environment, refusing what it cannot use", () => {
    expect(scaleTopologyFromEnv({})).toEqual({ medusaServers: 2, storefronts: 2, redis: { url: "redis://127.0.0.1:16379", port: 16379 } })
    expect(scaleTopologyFromEnv({ MEDUSA_SERVERS: "4", STOREFRONT_INSTANCES: "3", REDIS_URL: "rediss://cache.example:6380" })).toEqual({
      medusaServers: 4,
      storefronts: 3,
      redis: { url: "rediss://cache.example:6380", port: null },
    })
    expect(() => scaleTopologyFromEnv({ MEDUSA_SERVERS: "0" })).toThrow(/MEDUSA_SERVERS must be a whole number from 1 to 16, got "0"/)
    expect(() => scaleTopologyFromEnv({ STOREFRONT_INSTANCES: "two" })).toThrow(/STOREFRONT_INSTANCES/)
    expect(() => scaleTopologyFromEnv({ REDIS_URL: "localhost:6379" })).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ address/)
  })

  it("puts nginx on the public ports and the instances after them, and names each port it needs", () => {
    const config = loadConfig({ dataDir: mkdtempSync(path.join(tmpdir(), "portal-topology-")) })
    const topology = scaleTopologyFromEnv({ MEDUSA_SERVERS: "3", REDIS_PORT: "6390" })
    expect(instancePorts(9000, 3)).toEqual([9010, 9011, 9012])
    expect(topologyPorts(config, topology).map((needed) => needed.use)).toEqual([
      "Redis (REDIS_PORT)",
      "Medusa server 1 (MEDUSA_PORT + 10)",
      "Medusa server 2 (MEDUSA_PORT + 11)",
      "Medusa server 3 (MEDUSA_PORT + 12)",
      "storefront 1 (STOREFRONT_PORT + 10)",
      "storefront 2 (STOREFRONT_PORT + 11)",
    ])
    const conf = nginxConfiguration(config, topology)
    expect(conf).toContain(`listen ${config.ports.medusa};`)
    expect(conf).toContain(`listen ${config.ports.storefront};`)
    for (const port of instancePorts(config.ports.medusa, 3)) expect(conf).toContain(`server 127.0.0.1:${port} max_fails=2`)
    // Shorter than Node's keep-alive (5 s), so nginx never sends on a connection Node is closing.
    expect(conf).toMatch(/keepalive_timeout [1-4]s;/)
    expect(conf).toMatch(/upstream medusa \{\n\s+least_conn;/)
  })

  it("retries only what is safe to send twice on another instance", () => {
    const conf = nginxConfiguration(loadConfig({ dataDir: mkdtempSync(path.join(tmpdir(), "portal-topology-")) }), scaleTopologyFromEnv({}))
    expect(conf).toMatch(/proxy_next_upstream error timeout http_502 http_503 http_504;/)
    // nginx retries POST, PATCH and DELETE only when told `non_idempotent`: a sign-in or a new ticket is never sent twice.
    expect(conf).not.toMatch(/proxy_next_upstream[^;]*non_idempotent/)
    expect(conf).toContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;")
  })
})
