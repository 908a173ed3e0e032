import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import { orderflowUrl } from "./orderflow-url"
import { type SyncOptions, type SyncSummary, runOrderflowSync } from "./sync-runner"
import { shiftErpTimestamp } from "./sync/drain-stream"

const MAX_BACKOFF_MS = 5 * 60_000
/** Runs in between re-read only this far back; once a minute a run re-reads the full overlap window. */
const SHORT_OVERLAP_MINUTES = 0.5
const FULL_OVERLAP_EVERY_MS = 60_000

/**
 * One sync at a time per process, with exponential backoff while OrderFlow is unreachable: the portal keeps
 * serving what it has, and the failure is recorded for the sync-health view.
 */
class SyncScheduler {
  private running = false
  private failures = 0
  private notBefore = 0
  private lastFullOverlap = 0
  /** The ERP's clock at the start of the last successful run. */
  private lastErpClock: string | null = null

  async runIfDue(container: MedusaContainer, options: Omit<SyncOptions, "reader"> = {}): Promise<SyncSummary | null> {
    if (this.running || Date.now() < this.notBefore) return null
    this.running = true
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    let reader: PostgresOrderFlowReader | null = null
    try {
      reader = new PostgresOrderFlowReader(orderflowUrl())
      // Late ERP commits are caught by the full window once a minute; the frequent runs stay cheap.
      const fullOverlap = Date.now() - this.lastFullOverlap >= FULL_OVERLAP_EVERY_MS
      const short = fullOverlap
        ? {}
        : { overlapMinutes: SHORT_OVERLAP_MINUTES, ...(this.lastErpClock ? { readFrom: shiftErpTimestamp(this.lastErpClock, -SHORT_OVERLAP_MINUTES) } : {}) }
      const summary = await runOrderflowSync(container, { ...short, ...options, reader })
      if (fullOverlap) this.lastFullOverlap = Date.now()
      this.lastErpClock = summary.erpClock
      if (this.failures > 0) logger.info(`OrderFlow sync recovered after ${this.failures} failed attempt(s)`)
      this.failures = 0
      this.notBefore = 0
      return summary
    } catch (error) {
      this.failures += 1
      const wait = Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** (this.failures - 1))
      this.notBefore = Date.now() + wait
      const message = error instanceof Error ? error.message : String(error)
      logger.warn(`OrderFlow sync failed (attempt ${this.failures}), retrying in ${Math.round(wait / 1000)} s: ${message}`)
      await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).recordError("sync", message).catch(() => undefined)
      return null
    } finally {
      this.running = false
      await reader?.close().catch(() => undefined)
    }
  }
}

export const orderflowSyncScheduler = new SyncScheduler()
