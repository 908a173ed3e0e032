import type { MedusaContainer } from "@medusajs/framework/types"
import { orderflowSyncScheduler } from "../lib/orderflow/sync-scheduler"

/** Keeps the portal within seconds of OrderFlow: applies whatever changed since the last run. */
export default async function orderflowSyncJob(container: MedusaContainer) {
  // Without an OrderFlow to read (tests, a bare install) there is nothing to sync.
  if (process.env.ORDERFLOW_SYNC === "off" || !process.env.ORDERFLOW_DATABASE_URL) return
  await orderflowSyncScheduler.runIfDue(container)
}

export const config = {
  name: "orderflow-sync",
  // Every second by default (6-field cron with seconds); a run with nothing new reads a few index pages.
  schedule: process.env.ORDERFLOW_SYNC_SCHEDULE || "* * * * * *",
}
