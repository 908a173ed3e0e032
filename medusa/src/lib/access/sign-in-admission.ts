import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * A fixed number of holders at once and a bounded queue behind them. `enter` resolves with a release function once
 * in, or with null at once when the queue is full: the caller answers "busy" instead of waiting without end.
 */
export class AdmissionGate {
  private holders = 0
  private readonly queue: Array<() => void> = []

  constructor(
    private readonly atOnce: number,
    private readonly queueLimit: number
  ) {}

  get waiting(): number {
    return this.queue.length
  }

  enter(): Promise<(() => void) | null> {
    if (this.holders < this.atOnce) {
      this.holders += 1
      return Promise.resolve(this.releaser())
    }
    if (this.queue.length >= this.queueLimit) return Promise.resolve(null)
    return new Promise((resolve) => this.queue.push(() => resolve(this.releaser())))
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      // The place passes straight to the next in line; otherwise it is free.
      if (next) next()
      else this.holders -= 1
    }
  }
}

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

/**
 * Password checks per process. scrypt costs ~100 ms of CPU by design and runs on libuv's thread pool (4 threads);
 * under a burst of sign-ins the checks queued without bound, every sign-in timed out, people tried again and the
 * server kept hashing for visitors long gone (measured: 500 sessions signing in over two minutes brought two servers
 * down to 0 successful sign-ins). Now at most SIGN_IN_CHECKS_AT_ONCE run, SIGN_IN_QUEUE wait, and more are told to
 * try again in a few seconds (503); a visitor who left while waiting costs no hashing.
 */
const passwordChecks = new AdmissionGate(setting("SIGN_IN_CHECKS_AT_ONCE", 4), setting("SIGN_IN_QUEUE", 24))

export async function admitPasswordCheck(req: MedusaRequest, res: MedusaResponse, next: () => Promise<void> | void): Promise<void> {
  const release = await passwordChecks.enter()
  if (!release) {
    res.setHeader("Retry-After", "5")
    res.status(503).json({ type: "busy", message: "Many people are signing in right now. Please try again in a few seconds." })
    return
  }
  res.once("finish", release)
  res.once("close", release)
  if (req.socket?.destroyed) return release()
  await next()
}
