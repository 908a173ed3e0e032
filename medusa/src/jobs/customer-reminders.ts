import type { MedusaContainer } from "@medusajs/framework/types"
import { recordReminders } from "../lib/notifications/reminders"

/** Running-late orders and invoice due dates, checked every hour (each reminder is sent once). */
export default async function customerRemindersJob(container: MedusaContainer) {
  await recordReminders(container)
}

export const config = {
  name: "customer-reminders",
  schedule: process.env.REMINDER_JOB_SCHEDULE || "5 * * * *",
}
