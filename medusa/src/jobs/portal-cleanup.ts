import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_ACCESS_MODULE } from "../modules/customer-access"
import type CustomerAccessModuleService from "../modules/customer-access/service"

const DAY_MS = 24 * 60 * 60 * 1000

/** Days a session is kept after it ended (SESSION_RETENTION_DAYS, 30): long enough to look into a report of misuse. */
export function sessionRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.SESSION_RETENTION_DAYS || 30)
  if (!Number.isFinite(days) || days < 1) throw new Error(`SESSION_RETENTION_DAYS must be a number of days, 1 or more, got "${env.SESSION_RETENTION_DAYS}"`)
  return days
}

/**
 * Every night: ended sessions older than the retention go, so the sessions table stays the size of a month's
 * sign-ins however long the portal runs, and the record of each used sign-in token goes a day after its use (the
 * token itself expired two minutes after it was made). Rate-limit rows clear themselves: rate-limiter-flexible
 * deletes expired ones every 5 minutes.
 */
export default async function portalCleanupJob(container: MedusaContainer) {
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const cutoff = new Date(Date.now() - sessionRetentionDays() * DAY_MS)
  const sessions = await access.deleteSessionsEndedBefore(cutoff)
  if (sessions) logger.info(`portal-cleanup: ${sessions} sessions that ended before ${cutoff.toISOString()} deleted`)
  const tokens = await access.deleteSpentSignInTokensBefore(new Date(Date.now() - DAY_MS))
  if (tokens) logger.info(`portal-cleanup: ${tokens} used sign-in tokens deleted`)
}

export const config = {
  name: "portal-cleanup",
  schedule: process.env.PORTAL_CLEANUP_SCHEDULE || "40 2 * * *",
}
