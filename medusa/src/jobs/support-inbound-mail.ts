import type { MedusaContainer } from "@medusajs/framework/types"
import { startInboundMail } from "../lib/support/inbound-mail"
import { supportSettings } from "../lib/support/settings"

/**
 * Keeps the listener for emailed replies to tickets running in the process that runs jobs (one per deployment):
 * started on the first run after boot, a no-op while it listens. Off when SUPPORT_INBOUND_SMTP_PORT is not set.
 */
export default async function supportInboundMailJob(container: MedusaContainer) {
  const { inboundPort, inboundHost } = supportSettings()
  if (inboundPort !== null) await startInboundMail(container, inboundPort, inboundHost)
}

export const config = { name: "support-inbound-mail", schedule: "*/5 * * * * *" }
