import type { Socket } from "node:net"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalAccessOf } from "../../../../lib/access/portal-access"
import { orderScope } from "../../../../lib/access/order-scope"
import { type LiveEvent, type LiveStream, liveHub, liveHubDependencies, sseEvent, streamMayHear } from "../../../../lib/live/live-hub"
import { takeOverConnection } from "../../../../lib/live/take-over-connection"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../../../modules/customer-notifications/service"

/** At most this many missed events are replayed one by one; beyond that, one event says "catch up". */
const REPLAY_LIMIT = 100
/** One stream per tab: a session holding more is a script, not a person, and each costs the server memory. */
const STREAMS_PER_SESSION = 8

/**
 * The stream's side of the connection. Made here, away from the handler, so that nothing it keeps for hours holds
 * the request (a closure made in the handler would keep the handler's `req` and `res` alive with it).
 */
function openStream(socket: Socket, person: Pick<LiveStream, "customerId" | "sessionId" | "role"> & { deliveredTo: number[] | null }): LiveStream {
  const stream: LiveStream = {
    ...person,
    deliveredTo: person.deliveredTo === null ? null : new Set(person.deliveredTo),
    write: (chunk) => !socket.destroyed && socket.write(chunk),
    end: () => socket.end(),
  }
  socket.once("close", () => liveHub.remove(stream))
  return stream
}

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
  const socket = takeOverConnection(
    res,
    {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      // Proxies (nginx) pass each event on at once instead of buffering the stream.
      "X-Accel-Buffering": "no",
    },
    `retry: 3000\n\n`
  )
  const stream = openStream(socket, { customerId: access.customerId, sessionId: access.sessionId, role: access.role, deliveredTo })
  try {
    await liveHub.add(liveHubDependencies(req.scope), stream)
  } catch {
    // The database is not listening to us yet: the browser comes back after `retry`.
    liveHub.remove(stream)
    return stream.end()
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
