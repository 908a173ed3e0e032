import { existsSync, mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { PortalConfig } from "./config"
import { type NeededPort, type Service, startService, stopService } from "./processes"

/**
 * The scale topology (`npm run start:scale`), as Medusa's deployment guide lays it out: several Medusa servers and
 * one worker on Medusa's Redis modules, several storefront instances, and nginx in front of both, balancing and
 * retrying idempotent requests on another instance when one fails. nginx takes the public ports (MEDUSA_PORT,
 * STOREFRONT_PORT); the instances listen on the ports after them (public + 10, + 11, …) on loopback.
 */
export interface ScaleTopology {
  medusaServers: number
  storefronts: number
  /** Medusa's Redis: REDIS_URL when set (a managed Redis), else Debian's redis-server started here on `port`. */
  redis: { url: string; port: number | null }
}

const instanceCount = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name]
  if (raw === undefined || raw === "") return fallback
  const count = Number(raw)
  if (!Number.isInteger(count) || count < 1 || count > 16) throw new Error(`${name} must be a whole number from 1 to 16, got "${raw}"`)
  return count
}

/**
 * The topology the environment asks for: MEDUSA_SERVERS (2), STOREFRONT_INSTANCES (2), REDIS_URL or REDIS_PORT
 * (16379: Debian's own redis-server service, started when the package is installed, holds 6379).
 */
export function scaleTopologyFromEnv(env: NodeJS.ProcessEnv = process.env): ScaleTopology {
  const port = Number(env.REDIS_PORT || 16379)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`REDIS_PORT must be a port number between 1 and 65535, got "${env.REDIS_PORT}"`)
  const external = env.REDIS_URL?.trim()
  if (external && !/^rediss?:\/\//.test(external)) throw new Error(`REDIS_URL must be a redis:// or rediss:// address, got "${external}"`)
  return {
    medusaServers: instanceCount(env, "MEDUSA_SERVERS", 2),
    storefronts: instanceCount(env, "STOREFRONT_INSTANCES", 2),
    redis: external ? { url: external, port: null } : { url: `redis://127.0.0.1:${port}`, port },
  }
}

/** The ports instances of a service listen on behind nginx: the public port + 10, + 11, … */
export const instancePorts = (publicPort: number, count: number): number[] => Array.from({ length: count }, (_, index) => publicPort + 10 + index)

export function topologyPorts(config: PortalConfig, topology: ScaleTopology): NeededPort[] {
  return [
    ...(topology.redis.port === null ? [] : [{ port: topology.redis.port, use: "Redis (REDIS_PORT)" }]),
    ...instancePorts(config.ports.medusa, topology.medusaServers).map((port, index) => ({ port, use: `Medusa server ${index + 1} (MEDUSA_PORT + ${10 + index})` })),
    ...instancePorts(config.ports.storefront, topology.storefronts).map((port, index) => ({ port, use: `storefront ${index + 1} (STOREFRONT_PORT + ${10 + index})` })),
  ]
}

/** Debian puts these in /usr/sbin and /usr/bin, which a non-root PATH may not have. */
const binary = (absolute: string, name: string) => (existsSync(absolute) ? absolute : name)

export interface RunningProcess {
  service: Service
  stop(): Promise<void>
}

/**
 * Debian's redis-server with its data in the portal's data folder. Append-only with a write a second: events and
 * workflow steps queued in Redis survive a Redis restart (at most the last second of them is lost on a power cut).
 */
export function startRedis(dataDir: string, port: number): RunningProcess {
  const dir = path.join(dataDir, "redis")
  mkdirSync(dir, { recursive: true })
  const service = startService(
    "redis",
    binary("/usr/bin/redis-server", "redis-server"),
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--protected-mode", "yes"],
    { cwd: dir, logFile: path.join(dataDir, "logs", "redis.log"), restart: true }
  )
  return { service, stop: () => stopService(service, 10_000) }
}

/** nginx's configuration for the topology; the pid file, logs and buffers stay in the data folder (no root needed). */
export function nginxConfiguration(config: PortalConfig, topology: ScaleTopology): string {
  const dir = path.join(config.dataDir, "nginx")
  const upstream = (name: string, ports: number[], keepalive: number) =>
    [
      `  upstream ${name} {`,
      // The instance with the fewest open requests: event streams stay open for hours and would skew a round robin.
      `    least_conn;`,
      // Two failures in 3 s take an instance out for 3 s (a killed one refuses at once, and is tried again soon).
      ...ports.map((port) => `    server 127.0.0.1:${port} max_fails=2 fail_timeout=3s;`),
      `    keepalive ${keepalive};`,
      // Below Node's own 5 s: otherwise Node closes an idle connection just as nginx sends on it, the request is
      // reset, and nginx counts a failure against a healthy instance (measured: 83 errors in 3 minutes at 500 sessions).
      `    keepalive_timeout 4s;`,
      `  }`,
    ].join("\n")
  const server = (port: number, name: string) => `  server {
    listen ${port};
    location / {
      proxy_pass http://${name};
    }
  }`
  return `# Written by the portal's scale topology (scripts/lib/topology.ts) at each start; edits are overwritten.
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${path.join(config.dataDir, "logs", "nginx-error.log")} warn;
daemon off;

events {
  # Every open event stream holds a connection from the browser and one to an instance.
  worker_connections 8192;
}

http {
  access_log off;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  # Support messages carry up to five 10 MB files; Medusa and the storefront refuse more themselves.
  client_max_body_size 60m;

${upstream("medusa", instancePorts(config.ports.medusa, topology.medusaServers), 64)}

${upstream("storefront", instancePorts(config.ports.storefront, topology.storefronts), 32)}

  # Behind a TLS proxy, its https stays the scheme the instances see (the admin cookie's Secure flag follows it).
  map $http_x_forwarded_proto $forwarded_proto {
    default $http_x_forwarded_proto;
    "" $scheme;
  }

  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_set_header Host $http_host;
  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
  proxy_set_header X-Forwarded-Proto $forwarded_proto;
  # A request an instance did not answer (refused, reset, killed mid-way) goes to the next one. nginx never
  # retries POST, PATCH or DELETE (non_idempotent is not set): a sign-in or a ticket is never sent twice.
  proxy_next_upstream error timeout http_502 http_503 http_504;
  proxy_next_upstream_tries 3;
  proxy_connect_timeout 2s;
  # Event streams send a heartbeat every 20 s; PDFs of a large statement take a few seconds.
  proxy_read_timeout 120s;
  proxy_send_timeout 120s;

${server(config.ports.medusa, "medusa")}

${server(config.ports.storefront, "storefront")}
}
`
}

export function startNginx(config: PortalConfig, topology: ScaleTopology): RunningProcess {
  const dir = path.join(config.dataDir, "nginx")
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, "nginx.conf")
  writeFileSync(file, nginxConfiguration(config, topology))
  const service = startService("nginx", binary("/usr/sbin/nginx", "nginx"), ["-c", file, "-p", dir, "-e", path.join(config.dataDir, "logs", "nginx-error.log")], {
    cwd: dir,
    logFile: path.join(config.dataDir, "logs", "nginx.log"),
  })
  return { service, stop: () => stopService(service) }
}
