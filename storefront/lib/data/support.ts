import "server-only"
import type { PortalTicket, PortalTicketSummary } from "@portal/integrations/support"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import { customerHeaders } from "./session"

export type { PortalTicket, PortalTicketSummary }

export type TicketList = { tickets: PortalTicketSummary[]; count: number } | { error: string }

/** The tickets the person may read (theirs, and by their role the account's order or invoice tickets). */
export async function listTickets(query: { status?: string; limit: number; offset: number }): Promise<TicketList> {
  try {
    return await medusa().client.fetch("/store/portal/tickets", {
      query: Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")),
      headers: await customerHeaders(),
    })
  } catch (error) {
    return { error: messageOf(error, "Your questions could not be loaded. Please try again.") }
  }
}

/** One ticket with its thread, or null when it is not one the person may read (the backend answers 404). */
export async function retrieveTicket(id: string): Promise<PortalTicket | null> {
  if (!/^tkt_[0-9A-Za-z]{1,40}$/.test(id)) return null
  try {
    return (await medusa().client.fetch<{ ticket: PortalTicket }>(`/store/portal/tickets/${id}`, { headers: await customerHeaders() })).ticket
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

/** A ticket file's signed Medusa link, served from the storefront's own address (the session goes with it). */
export const fileHref = (medusaPath: string) => medusaPath.replace(/^\/store\/portal\/ticket-files\//, "/account/support/files/")
