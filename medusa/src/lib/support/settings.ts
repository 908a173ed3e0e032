/**
 * Support's settings. Replies to ticket emails go to SUPPORT_REPLY_ADDRESS with the ticket in a signed plus-part
 * (support+<ticket>.<signature>@…), which the inbound listener (SUPPORT_INBOUND_SMTP_PORT; off when unset) takes;
 * new tickets and customer replies are announced to SUPPORT_STAFF_EMAIL; the inbox colours each ticket against
 * SUPPORT_RESPONSE_TARGET_HOURS.
 */
export interface SupportSettings {
  replyAddress: string
  staffEmail: string
  inboundPort: number | null
  inboundHost: string
  responseTargetHours: number
}

const domainOf = (from: string) => /@([^>\s]+)/.exec(from)?.[1] ?? "wholesale.example"

export function supportSettings(env: Record<string, string | undefined> = process.env): SupportSettings {
  const domain = domainOf(env.MAIL_FROM || "portal@wholesale.example")
  const port = env.SUPPORT_INBOUND_SMTP_PORT ? Number(env.SUPPORT_INBOUND_SMTP_PORT) : null
  if (port !== null && !(Number.isInteger(port) && port > 0 && port < 65_536)) throw new Error(`SUPPORT_INBOUND_SMTP_PORT must be a port number; it is "${env.SUPPORT_INBOUND_SMTP_PORT}".`)
  const target = Number(env.SUPPORT_RESPONSE_TARGET_HOURS || 4)
  return {
    replyAddress: (env.SUPPORT_REPLY_ADDRESS || `support@${domain}`).toLowerCase(),
    staffEmail: env.SUPPORT_STAFF_EMAIL || `support-team@${domain}`,
    inboundPort: port,
    inboundHost: env.SUPPORT_INBOUND_SMTP_HOST || "0.0.0.0",
    responseTargetHours: Number.isFinite(target) && target > 0 ? target : 4,
  }
}
