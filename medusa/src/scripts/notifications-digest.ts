import type { ExecArgs } from "@medusajs/framework/types"
import { sendDailyDigests } from "../lib/notifications/digest"

/**
 * `npm run notifications:digest`: sends everyone who chose the daily email what came since this morning's 07:00, now
 * (the digests go by themselves at 07:00; this is for trying it, or for a morning the mail server was down).
 */
export default async function notificationsDigest({ container }: ExecArgs) {
  const { sent, failed } = await sendDailyDigests(container, new Date(), { upToNow: true })
  console.log(`Daily digests sent: ${sent}${failed ? `; ${failed} refused by the mail server, retried automatically` : ""}`)
}
