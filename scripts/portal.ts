/**
 * `npm start` / `npm run build`: brings the whole portal up (or only builds it) and prints where everything is.
 * `npm run start:scale`: the same portal in the scale topology (scripts/lib/topology.ts).
 */
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { DEMO_IDP_PASSWORD, DEMO_IDP_USERS, DEMO_SSO_COMPANY } from "../integrations/src/sso/demo-company"
import { buildStaleApps } from "./lib/apps"
import { loadConfig, type PortalConfig } from "./lib/config"
import { runMedusaScript, startStack, type RunningStack } from "./lib/stack"
import { type ScaleTopology, instancePorts, scaleTopologyFromEnv } from "./lib/topology"

const log = (line: string) => console.log(`[portal] ${line}`)

function topologyLines(config: PortalConfig, topology: ScaleTopology | null): string {
  if (!topology) return ""
  const ports = (publicPort: number, count: number) => instancePorts(publicPort, count).join(", ")
  return `  Topology         nginx on ${config.ports.medusa} and ${config.ports.storefront} → ${topology.medusaServers} Medusa servers (${ports(config.ports.medusa, topology.medusaServers)}) + the worker, ${topology.storefronts} storefronts (${ports(config.ports.storefront, topology.storefronts)})
  Redis            ${topology.redis.port ? `redis-server on 127.0.0.1:${topology.redis.port}, data in ${config.dataDir}/redis` : "from REDIS_URL"}
`
}

function summary(stack: RunningStack, config: PortalConfig, startedAt: number, topology: ScaleTopology | null): string {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  // Passwords are shown for the demo only; a real deployment's are its own and stay out of the terminal.
  const login = (email: string, password: string) => (config.demo ? `${email} / ${password}` : `${email} (the password you set)`)
  const customers = config.demo
    ? `
  Demo customers (sign in by email or customer number):
${DEMO_CUSTOMERS.map((c) => {
  // The single sign-on company's email goes to its identity provider (below); its customer number keeps the password.
  const email = c.customerNumber === DEMO_SSO_COMPANY.customerNumber ? "(email: single sign-on, below)" : c.email
  return `    ${c.segment.padEnd(14)} ${email.padEnd(34)} or ${c.customerNumber}   password ${DEMO_CUSTOMER_PASSWORD}`
}).join("\n")}

  Single sign-on: ${DEMO_SSO_COMPANY.displayName} at ${config.urls.demoIdp} (type the email on the sign-in page, then Continue)
${DEMO_IDP_USERS.map((user) => `    ${(user.groups?.join(", ") || "no group").padEnd(16)} ${user.email.padEnd(34)} password ${DEMO_IDP_PASSWORD}`).join("\n")}
    (${DEMO_SSO_COMPANY.customerNumber} with ${DEMO_CUSTOMER_PASSWORD} still signs its Admin in with the password)
`
    : `
  Customers activate their own accounts with "First time here?" on the sign-in page.
`
  return `
The customer portal is up (${seconds} s).

  Customer portal  ${config.urls.storefront}
  Medusa admin     ${config.urls.medusa}/app   staff: ${login(config.staff.email, config.staff.password)}
  CMS admin        ${config.urls.cms}/admin   editor: ${login(config.editor.email, config.editor.password)}
  Mail             ${config.urls.inbox ? `${config.urls.inbox} (every email the portal sends lands here)` : `sent through ${config.mail.smtpUrl}`}
  Databases        ${config.postgres.external ? "from DATABASE_URL, PAYLOAD_DATABASE_URL, ORDERFLOW_DATABASE_URL" : `embedded PostgreSQL on 127.0.0.1:${config.postgres.port}, data in ${config.dataDir}/postgres`}
  Logs             ${config.dataDir}/logs
${topologyLines(config, topology)}${customers}
Press Ctrl-C to stop everything.
`
}

async function main() {
  const command = process.argv[2] ?? "start"
  const startedAt = Date.now()
  const config = loadConfig()
  if (command === "build") {
    const built = await buildStaleApps(config, { log })
    log(built.length ? `Built: ${built.join(", ")}` : "Every app is up to date.")
    return
  }
  if (command === "orderflow:sync" || command === "orderflow:reconcile" || command === "notifications:digest") {
    await runMedusaScript(config, command.replace(":", "-"), log)
    return
  }
  if (command !== "start" && command !== "dev" && command !== "scale") {
    throw new Error(`Unknown command "${command}": use start, scale, dev, build, orderflow:sync, orderflow:reconcile or notifications:digest`)
  }

  const topology = command === "scale" ? scaleTopologyFromEnv() : null
  const stack = await startStack(config, log, command === "dev" ? "development" : "production", topology)
  console.log(summary(stack, config, startedAt, topology))
  log(`timings (ms): ${JSON.stringify(stack.timings)}`)

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    log(`${signal}: stopping the portal…`)
    await stack.stop()
    log("Stopped.")
    process.exit(0)
  }
  process.on("SIGINT", () => void shutdown("SIGINT"))
  process.on("SIGTERM", () => void shutdown("SIGTERM"))
  // A service that is restarted when it dies (the scale topology's) logs that itself; any other stops the portal.
  for (const service of stack.services.filter((candidate) => !candidate.restart)) {
    service.child.on("exit", (code) => {
      if (!stopping) {
        log(`${service.name} stopped unexpectedly (exit code ${code}); see ${service.logFile}`)
        void shutdown("service exit")
      }
    })
  }
}

main().catch((error: unknown) => {
  console.error(`[portal] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
