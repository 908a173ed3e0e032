import type { ReactNode } from "react"
import { requirePermission } from "@/lib/data/me"

/** Above the section's loading skeleton, so a role without "team.manage" gets the 403 page with a 403 status. */
export default async function TeamLayout({ children }: { children: ReactNode }) {
  await requirePermission("team.manage")
  return children
}
