import { connect } from "node:net"
import path from "node:path"
import pg from "pg"
import { MEDUSA_SERVER_DIR, appBinary, appEnvironment } from "../../scripts/lib/apps"
import { startEmbeddedPostgres, waitForPostgres, type RunningPostgres } from "../../scripts/lib/postgres"
import { type Service, run, stopService, waitForHttp } from "../../scripts/lib/processes"
import type { RunningStack } from "../../scripts/lib/stack"
import { type ScaleTopology, instancePorts } from "../../scripts/lib/topology"

export type Fault = "kill-server" | "kill-worker" | "restart-redis" | "restart-postgres"

/** Orders OrderFlow touches for the worker fault: enough that the kill lands in the middle of importing them. */
const ORDERS_TOUCHED = 20_000
/** Open orders OrderFlow moves on a status around the fault: each must be announced once, none lost, none twice. */
const ORDERS_ADVANCED = 200

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const serviceNamed = (stack: RunningStack, name: string): Service => {
  const found = stack.services.find((service) => service.name === name)
  if (!found) throw new Error(`no service called ${name} in this stack`)
  return found
}

/** A PostgreSQL started again by the fault: stopped with the rest when the benchmark ends. */
let restartedPostgres: RunningPostgres | null = null
/** The orders advanced for this fault, and when: what the verification looks for. */
let advanced: number[] = []
let advancedAt = new Date()

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** Whether something accepts connections on this loopback port. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1")
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/** Waits for a restarted service to answer again; prints how long that took. */
async function backUp(label: string, started: number, check: () => Promise<void>): Promise<void> {
  await check()
  console.log(`  ${label}: answering again ${seconds(Date.now() - started)} after the fault`)
}

/**
 * OrderFlow at work: a confirmation or a picking for ORDERS_ADVANCED open orders (news customers hear of), and,
 * for the worker fault, ORDERS_TOUCHED orders saved again (work for the sync; re-reading them changes nothing).
 */
async function changeOrderFlow(stack: RunningStack, touch: boolean): Promise<void> {
  const erp = stack.config.postgres.orderflowUrl
  const now = `timezone('Africa/Johannesburg', now())`
  if (touch) await query(erp, `UPDATE ord_hdr SET last_upd = ${now} WHERE ord_no IN (SELECT ord_no FROM ord_hdr ORDER BY ord_no LIMIT $1)`, [ORDERS_TOUCHED])
  advancedAt = new Date()
  const rows = await query<{ ord_no: number; status_cd: string }>(
    erp,
    `WITH chosen AS (SELECT ord_no, trim(status_cd) AS status FROM ord_hdr WHERE trim(status_cd) IN ('PE', 'CF') ORDER BY ord_no DESC LIMIT $1)
     UPDATE ord_hdr h SET status_cd = CASE c.status WHEN 'PE' THEN 'CF' ELSE 'PR' END, last_upd = ${now}
       FROM chosen c WHERE h.ord_no = c.ord_no RETURNING h.ord_no, trim(h.status_cd) AS status_cd`,
    [ORDERS_ADVANCED]
  )
  await query(
    erp,
    `INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) SELECT ord_no, status_cd, ${now}, 'LOAD' FROM unnest($1::int[], $2::text[]) AS t(ord_no, status_cd)`,
    [rows.map((row) => row.ord_no), rows.map((row) => row.status_cd)]
  )
  advanced = rows.map((row) => row.ord_no)
}

/** Injects the fault; resolves with when it struck (ms since the epoch), once the part is back. */
export async function injectFault(fault: Fault, stack: RunningStack, topology: ScaleTopology, struck: (at: number) => void): Promise<void> {
  let started = Date.now()
  const strike = () => {
    started = Date.now()
    struck(started)
  }
  switch (fault) {
    case "kill-server": {
      const server = serviceNamed(stack, "medusa-1")
      console.log(`  fault: SIGKILL to Medusa server 1 (pid ${server.child.pid}) and everything it started`)
      strike()
      process.kill(-server.child.pid!, "SIGKILL")
      const port = instancePorts(stack.config.ports.medusa, topology.medusaServers)[0]!
      await sleep(500)
      await backUp("Medusa server 1 (restarted by the supervisor)", started, () => waitForHttp(`http://127.0.0.1:${port}/health`, null, 120_000))
      return
    }
    case "kill-worker": {
      await changeOrderFlow(stack, true)
      const worker = serviceNamed(stack, "medusa-worker")
      // The worker's sync job picks the changes up within a second or two; kill it while it imports them.
      await sleep(4_000)
      console.log(`  fault: ${ORDERS_TOUCHED} orders saved again and ${advanced.length} moved on in OrderFlow; SIGKILL to the worker mid-sync (pid ${worker.child.pid})`)
      strike()
      process.kill(-worker.child.pid!, "SIGKILL")
      await sleep(500)
      await backUp("the worker (restarted by the supervisor)", started, () => waitForHttp(`http://127.0.0.1:${stack.config.ports.medusaWorker}/health`, null, 120_000))
      return
    }
    case "restart-redis": {
      const redis = serviceNamed(stack, "redis")
      await changeOrderFlow(stack, false)
      console.log(`  fault: Redis stopped (SIGTERM, pid ${redis.child.pid}) and started again by the supervisor; ${advanced.length} orders moved on in OrderFlow meanwhile`)
      const restartsBefore = redis.restarts
      strike()
      process.kill(redis.child.pid!, "SIGTERM")
      await backUp("Redis", started, async () => {
        for (;;) {
          if (redis.restarts > restartsBefore && (await answers(topology.redis.port!))) return
          await sleep(200)
        }
      })
      return
    }
    case "restart-postgres": {
      const postgres = serviceNamed(stack, "postgres")
      await changeOrderFlow(stack, false)
      console.log(`  fault: PostgreSQL stopped and started again 5 s later; ${advanced.length} orders moved on in OrderFlow just before`)
      strike()
      await stopService(postgres, 20_000)
      await sleep(5_000)
      const previous = restartedPostgres
      restartedPostgres = await startEmbeddedPostgres(stack.config.dataDir, stack.config.postgres.port)
      await previous?.stop()
      // In its predecessor's place: the process sampler follows it, and a later fault stops this one.
      stack.services.splice(stack.services.indexOf(postgres), 1, restartedPostgres.service)
      await backUp("PostgreSQL", started, () => waitForPostgres(stack.config.postgres.medusaUrl, 60_000))
      return
    }
  }
}

/**
 * After the run: every order OrderFlow moved on is announced exactly once and dispatched (no notification lost or
 * doubled), and, after the worker fault, OrderFlow and the portal reconcile exactly.
 */
export async function verifyAfterFault(fault: Fault, stack: RunningStack): Promise<void> {
  if (fault === "kill-server") return
  const medusa = stack.config.postgres.medusaUrl
  const deadline = Date.now() + 180_000
  let announced: { ord_no: number; events: number; dispatched: number }[] = []
  for (;;) {
    announced = await query<{ ord_no: number; events: number; dispatched: number }>(
      medusa,
      `SELECT ord_no, count(*)::int AS events, count(dispatched_at)::int AS dispatched FROM customer_event
        WHERE ord_no = ANY($1::int[]) AND kind IN ('order.confirmed', 'order.processing') AND created_at >= $2 GROUP BY ord_no`,
      [advanced, advancedAt]
    )
    if (announced.length >= advanced.length && announced.every((row) => row.dispatched >= 1)) break
    if (Date.now() > deadline) break
    await sleep(2_000)
  }
  const dispatched = announced.filter((row) => row.dispatched >= 1).length
  const doubled = announced.filter((row) => row.events > 1).length
  console.log(
    `  after the fault: ${announced.length} of ${advanced.length} orders moved on were announced, ${dispatched} dispatched, ${doubled} announced more than once` +
      (announced.length === advanced.length && dispatched === advanced.length && doubled === 0 ? " (none lost, none doubled)" : "  ← LOST OR DOUBLED")
  )
  if (fault !== "kill-worker") return
  const started = Date.now()
  try {
    await run(appBinary("medusa", "medusa"), ["exec", "./src/scripts/orderflow-reconcile.js"], {
      cwd: MEDUSA_SERVER_DIR,
      env: { ...appEnvironment("medusa", stack.config), NODE_ENV: "production", REDIS_URL: process.env.REDIS_URL ?? `redis://127.0.0.1:${process.env.REDIS_PORT}` },
      logFile: path.join(stack.config.dataDir, "logs", "bench-reconcile.log"),
    })
    console.log(`  reconcile: OrderFlow and the portal agree exactly (${seconds(Date.now() - started)})`)
  } catch (error) {
    console.log(`  reconcile FOUND DIFFERENCES: ${(error as Error).message.split("\n").slice(0, 12).join("\n    ")}`)
  }
}

export async function stopRestartedPostgres(): Promise<void> {
  await restartedPostgres?.stop()
  restartedPostgres = null
}
