import type { ReactNode } from "react"
import { requirePermission } from "@/lib/data/me"

/** Above the section's loading skeleton, so a role without "finance.read" gets the 403 page with a 403 status. */
export default async function ExportsLayout({ children }: { children: ReactNode }) {
  await requirePermission("finance.read")
  return children
}
