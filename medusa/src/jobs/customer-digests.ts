import type { MedusaContainer } from "@medusajs/framework/types"
import { sendDailyDigests } from "../lib/notifications/digest"

/** The daily emails of 07:00 (Johannesburg): checked every ten minutes, each sent once per person, account and day. */
export default async function customerDigestsJob(container: MedusaContainer) {
  await sendDailyDigests(container)
}

export const config = {
  name: "customer-digests",
  schedule: process.env.DIGEST_JOB_SCHEDULE || "*/10 * * * *",
}
