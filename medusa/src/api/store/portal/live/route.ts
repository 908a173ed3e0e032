import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalAccessOf } from "../../../../lib/access/portal-access"
import { orderScope } from "../../../../lib/access/order-scope"
import { type LiveEvent, type LiveStream, liveHub, sseEvent, streamMayHear } from "../../../../lib/live/live-hub"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../../../modules/customer-notifications/service"

/** At most this many missed events are replayed one by one; beyond that, one event says "catch up". */
const REPLAY_LIMIT = 100
/** One stream per tab: a session holding more is a script, not a person, and each costs the server memory. */
const STREAMS_PER_SESSION = 8

/**
 * The signed-in person's live updates as server-sent events: one `change` event (id = the event's sequence) for
 * each change to what they may see, as soon as it is applied. Resumes after `Last-Event-ID`; ends with a
 * `session-ended` event when the session does.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const access = portalAccessOf(req)
  if (liveHub.streamsOfSession(access.customerId, access.sessionId) >= STREAMS_PER_SESSION) {
    return res.status(429).json({ type: "too_many_requests", message: `This session already has ${STREAMS_PER_SESSION} live connections open. Close some of the portal's tabs and reload.` })
  }
  const { deliveredTo } = await orderScope(req)
  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    // Proxies (nginx) pass each event on at once instead of buffering the stream.
    "X-Accel-Buffering": "no",
  })
  res.write(`retry: 3000\n\n`)
  const stream: LiveStream = {
    customerId: access.customerId,
    sessionId: access.sessionId,
    role: access.role,
    deliveredTo: deliveredTo === null ? null : new Set(deliveredTo),
    write: (chunk) => !res.writableEnded && res.write(chunk),
    end: () => res.end(),
  }
  req.on("close", () => liveHub.remove(stream))
  try {
    await liveHub.add(req.scope, stream)
  } catch {
    // The database is not listening to us yet: the browser comes back after `retry`.
    liveHub.remove(stream)
    return res.end()
  }

  const lastEventId = Number(req.get("last-event-id"))
  if (Number.isSafeInteger(lastEventId) && lastEventId > 0) {
    const events = req.scope.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE).events
    const missed = await events.dispatchedSince(access.customerId, lastEventId, REPLAY_LIMIT + 1)
    const heard: LiveEvent[] = missed
      .map((event) => ({ sequence: event.sequence, kind: event.kind, ord_no: event.ord_no, deliv_addr_id: event.deliv_addr_id }))
      .filter((event) => streamMayHear(stream, event))
    if (missed.length > REPLAY_LIMIT) stream.write(`event: resync\ndata: {}\n\n`)
    else for (const event of heard) stream.write(sseEvent(event))
  }
  stream.write(`event: ready\ndata: {}\n\n`)
}
