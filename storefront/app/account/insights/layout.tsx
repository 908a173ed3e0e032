import type { ReactNode } from "react"
import { requirePermission } from "@/lib/data/me"

/** Above the section's loading skeleton, so a role without "insights.read" gets the 403 page with a 403 status. */
export default async function InsightsLayout({ children }: { children: ReactNode }) {
  await requirePermission("insights.read")
  return children
}
