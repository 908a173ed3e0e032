import { readFileSync } from "node:fs"
import { type Service, descendantsOf } from "../../scripts/lib/processes"

const TICKS_PER_SECOND = 100 // Linux's USER_HZ
const SAMPLE_EVERY_MS = 2_000
/** The soak compares memory with what it was this long into the measured window, once caches have filled. */
const SOAK_WARM_UP_MS = 5 * 60_000

interface Reading {
  at: number
  /** Share of one core over the last interval, in % (two busy cores: 200). */
  cpu: number
  /** Proportional set size of the process tree. */
  rssMb: number
}

export interface ProcessSampler {
  track(name: string, pid: number): void
  untrack(name: string): void
  /** Forgets the readings: a new phase begins. */
  reset(): void
  /** The readings from here on are the measured window's. */
  markMeasuredStart(): void
  /** Prints CPU and RSS at the start, peak and end of the measured window; `growthLabel`: and RSS growth after warm-up. */
  print(growthLabel: string | null): void
  stop(): void
}

function ticksAndRss(pid: number): { ticks: number; rssKb: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    // Fields after the command name (in parentheses): state is 3rd; utime, stime, cutime, cstime 14th to 17th. The
    // children's times count what ended processes of the tree (PostgreSQL's workers, a Redis rewrite) used.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
    // Proportional set size: PostgreSQL's shared buffers counted once over its backends, not once per backend.
    const pss = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))
    return { ticks, rssKb: pss ? Number(pss[1]) : 0 }
  } catch {
    return { ticks: 0, rssKb: 0 } // exited while we looked
  }
}

/**
 * Samples every 2 s the CPU time and resident memory of each service with everything it started (PostgreSQL's
 * backends, Next.js's workers), through /proc. A restarted service is followed to its new process.
 */
export function startProcessSampler(services: Service[]): ProcessSampler {
  // Looked up by name at every sample: a service replaced in the list (PostgreSQL started again) is followed.
  const current = (name: string) => services.findLast((service) => service.name === name)?.child.pid
  const roots = new Map<string, () => number | undefined>(services.map((service) => [service.name, () => current(service.name)]))
  const readings = new Map<string, Reading[]>()
  const lastTicks = new Map<string, { at: number; ticks: number }>()
  let measuredFrom = Infinity

  const sample = () => {
    const now = Date.now()
    for (const [name, rootPid] of roots) {
      const pid = rootPid()
      if (pid === undefined) continue
      let ticks = 0
      let rssKb = 0
      for (const one of [pid, ...descendantsOf(pid)]) {
        const reading = ticksAndRss(one)
        ticks += reading.ticks
        rssKb += reading.rssKb
      }
      const last = lastTicks.get(name)
      lastTicks.set(name, { at: now, ticks })
      if (!last) continue
      // A process that exited (or a restart) takes its ticks with it: never a negative share.
      const cpu = Math.max(0, ((ticks - last.ticks) / TICKS_PER_SECOND / ((now - last.at) / 1000)) * 100)
      const list = readings.get(name) ?? []
      list.push({ at: now, cpu, rssMb: rssKb / 1024 })
      readings.set(name, list)
    }
  }
  const timer = setInterval(sample, SAMPLE_EVERY_MS)
  timer.unref()

  return {
    track: (name, pid) => roots.set(name, () => pid),
    untrack: (name) => {
      sample() // its last reading, before it is gone
      roots.delete(name)
    },
    reset: () => {
      readings.clear()
      measuredFrom = Infinity
    },
    markMeasuredStart: () => {
      measuredFrom = Date.now()
    },
    print: (growthLabel) => {
      console.log(`  processes (CPU: % of one core; memory: PSS, MB)   CPU start   peak    end     PSS start   peak    end${growthLabel ? "   growth" : ""}`)
      for (const [name, list] of readings) {
        const measured = list.filter((reading) => reading.at >= measuredFrom)
        if (!measured.length) continue
        const first = measured[0]!
        const last = measured.at(-1)!
        const peak = (key: "cpu" | "rssMb") => Math.max(...measured.map((reading) => reading[key]))
        const warm = measured.find((reading) => reading.at >= measuredFrom + SOAK_WARM_UP_MS) ?? first
        const growth = growthLabel ? `   ${(((last.rssMb - warm.rssMb) / warm.rssMb) * 100).toFixed(1).padStart(5)} %` : ""
        const n = (value: number) => value.toFixed(0).padStart(6)
        console.log(`    ${name.padEnd(44)} ${n(first.cpu)} ${n(peak("cpu"))} ${n(last.cpu)}   ${n(first.rssMb)} ${n(peak("rssMb"))} ${n(last.rssMb)}${growth}`)
      }
      if (growthLabel) console.log(`    growth: ${growthLabel}, memory at the end against ${SOAK_WARM_UP_MS / 60_000} minutes into the measured window`)
    },
    stop: () => clearInterval(timer),
  }
}
