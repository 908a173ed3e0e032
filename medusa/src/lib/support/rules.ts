import { REOPEN_WINDOW_DAYS } from "@portal/integrations/support"

const DAY_MS = 86_400_000

/** Until when a resolved ticket can be reopened; null when it cannot (not resolved, or closed). */
export function reopenUntil(ticket: { status: string; resolved_at: Date | string | null }): Date | null {
  if (ticket.status !== "resolved" || !ticket.resolved_at) return null
  return new Date(new Date(ticket.resolved_at).getTime() + REOPEN_WINDOW_DAYS * DAY_MS)
}

/** Why a customer may not write on this ticket now, in their words; null when they may. */
export function customerMayReply(ticket: { status: string; resolved_at: Date | string | null }, now: Date): string | null {
  if (ticket.status === "closed") return "This question is closed. Ask a new question and mention this one if it helps."
  const until = reopenUntil(ticket)
  if (until && until.getTime() < now.getTime()) {
    return `This question was resolved more than ${REOPEN_WINDOW_DAYS} days ago and can no longer be reopened. Ask a new question and mention this one if it helps.`
  }
  return null
}
