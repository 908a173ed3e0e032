import { type ChildProcess, spawn } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync } from "node:fs"
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
  child: ChildProcess
  logFile: string
}

/** Starts a long-running process in its own process group so it can be stopped with everything it spawned. */
export function startService(name: string, command: string, args: string[], options: RunOptions & { logFile: string }): Service {
  const log = openLog(options.logFile)
  log.write(`\n=== ${new Date().toISOString()} starting ${name}: ${command} ${args.join(" ")}\n`)
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  child.stdout?.pipe(log, { end: false })
  child.stderr?.pipe(log, { end: false })
  return { name, child, logFile: options.logFile }
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

/** Stops a service and its children: SIGTERM to the group, SIGKILL if it lingers. */
export async function stopService(service: Service, graceMs = 5_000): Promise<void> {
  const { child } = service
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // already gone
    }
  }
  signalGroup("SIGTERM")
  const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs)
  await exited
  clearTimeout(timer)
}
