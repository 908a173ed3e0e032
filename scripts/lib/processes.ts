import { type ChildProcess, spawn } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync, readdirSync } from "node:fs"
import { createServer } from "node:net"
import path from "node:path"

export interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Output goes to this file instead of the terminal; its tail is shown when the command fails. */
  logFile?: string
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

function openLog(logFile: string) {
  mkdirSync(path.dirname(logFile), { recursive: true })
  return createWriteStream(logFile, { flags: "a" })
}

/** Runs a command to completion; rejects with the command's last output lines when it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: options.logFile ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    if (options.logFile) {
      const log = openLog(options.logFile)
      child.stdout?.pipe(log, { end: false })
      child.stderr?.pipe(log, { end: false })
    }
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) return resolve()
      const detail = options.logFile ? `\n--- last lines of ${options.logFile} ---\n${tail(options.logFile)}` : ""
      reject(new Error(`${command} ${args.join(" ")} (in ${options.cwd}) failed with ${signal ?? `exit code ${code}`}${detail}`))
    })
  })
}

export interface Service {
  name: string
  /** The running process; a service started with `restart` gets a new one each time it is started again. */
  child: ChildProcess
  logFile: string
  /** Started again when it dies on its own (`restart`). */
  restart: boolean
  /** How many times it was started again after it died. */
  restarts: number
  /** Set by stopService: an exit from now on is expected, and nothing is restarted. */
  stopping?: boolean
}

/** A second before the first restart, doubling to half a minute while the service keeps dying within a minute of starting. */
const RESTART_DELAY_MS = 1_000
const RESTART_DELAY_MAX_MS = 30_000
const STAYED_UP_MS = 60_000

/**
 * Starts a long-running process in its own process group so it can be stopped with everything it spawned.
 * `restart`: a process that dies on its own (a crash, the OOM killer, a kill -9) is started again after a second,
 * as systemd or Kubernetes would; the scale topology's servers are kept up this way.
 */
export function startService(name: string, command: string, args: string[], options: RunOptions & { logFile: string; restart?: boolean }): Service {
  const log = openLog(options.logFile)
  const spawnChild = () => {
    log.write(`\n=== ${new Date().toISOString()} starting ${name}: ${command} ${args.join(" ")}\n`)
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    child.stdout?.pipe(log, { end: false })
    child.stderr?.pipe(log, { end: false })
    // A program that cannot be started (not installed) is reported in its log, not thrown out of the orchestrator.
    child.on("error", (error) => log.write(`\n=== ${name} could not be started: ${error.message}\n`))
    return child
  }
  const service: Service = { name, child: spawnChild(), logFile: options.logFile, restart: options.restart ?? false, restarts: 0 }
  if (options.restart) {
    let delay = RESTART_DELAY_MS
    let startedAt = Date.now()
    const watch = (child: ChildProcess) =>
      child.once("exit", (code, signal) => {
        if (service.stopping) return
        // A service that ran a while before dying is started again soon; one that keeps dying at once, ever later.
        delay = Date.now() - startedAt > STAYED_UP_MS ? RESTART_DELAY_MS : delay
        log.write(`\n=== ${new Date().toISOString()} ${name} exited (${signal ?? `code ${code}`}); starting it again in ${delay} ms\n`)
        setTimeout(() => {
          if (service.stopping) return
          startedAt = Date.now()
          service.child = spawnChild()
          service.restarts += 1
          watch(service.child)
        }, delay)
        delay = Math.min(delay * 2, RESTART_DELAY_MAX_MS)
      })
    watch(service.child)
  }
  return service
}

export function logTail(service: Service, lines = 40): string {
  return tail(service.logFile, lines)
}

/** Polls `url` until it answers with a status below 500, or fails with the service's last log lines. */
export async function waitForHttp(url: string, service: Service | null, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (service && service.child.exitCode !== null) {
      throw new Error(`${service.name} exited with code ${service.child.exitCode}\n${logTail(service)}`)
    }
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const detail = service ? `\n--- last lines of ${service.logFile} ---\n${logTail(service)}` : ""
      throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s${detail}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Every process started under `pid`, found through /proc (Linux); empty where /proc is not available. */
export function descendantsOf(pid: number): number[] {
  let entries: string[]
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name))
  } catch {
    return []
  }
  const children = new Map<number, number[]>()
  for (const entry of entries) {
    try {
      // The parent pid is the 4th field, after the command name in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // exited while we looked
    }
  }
  const found: number[] = []
  const queue = [pid]
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child)
      queue.push(child)
    }
  }
  return found
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name)
  } catch {
    // already gone
  }
}

/**
 * Stops a service and everything it started: SIGTERM to its process group and to descendants that left the
 * group (Medusa's dev server forks its own), then SIGKILL to whatever still lingers after `graceMs`.
 */
export async function stopService(service: Service, graceMs = 5_000): Promise<void> {
  service.stopping = true
  const { child } = service
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const pid = child.pid
  const descendants = descendantsOf(pid)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  signal(-pid, "SIGTERM")
  for (const descendant of descendants) signal(descendant, "SIGTERM")
  const timer = setTimeout(() => {
    signal(-pid, "SIGKILL")
    for (const descendant of descendants) signal(descendant, "SIGKILL")
  }, graceMs)
  await exited
  clearTimeout(timer)
  // The leader may exit before the processes it started; give them the same grace, then force them.
  const deadline = Date.now() + graceMs
  while (descendants.some((descendant) => isAlive(descendant)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  for (const descendant of descendants) signal(descendant, "SIGKILL")
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export interface NeededPort {
  port: number
  /** What will listen there, and the variable that moves it: "Medusa (MEDUSA_PORT)". */
  use: string
}

function canListen(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once("error", () => resolve(false))
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)))
  })
}

/**
 * Refuses to start when another process holds a port the portal needs (an earlier `npm start`, another program):
 * otherwise the new stack would report itself up while the old one answered, and its own PostgreSQL would fail.
 */
export async function assertPortsFree(ports: NeededPort[]): Promise<void> {
  const busy: NeededPort[] = []
  for (const needed of ports) {
    // All interfaces and loopback: a program on 127.0.0.1 only blocks some servers but not others.
    if (!(await canListen(needed.port)) || !(await canListen(needed.port, "127.0.0.1"))) busy.push(needed)
  }
  if (busy.length) {
    throw new Error(
      `${busy.map((needed) => `Port ${needed.port} for ${needed.use}`).join(", ")} ${busy.length === 1 ? "is" : "are"} in use by another process. ` +
        "Is the portal already running? Stop it, or set the variable named to a free port."
    )
  }
}
