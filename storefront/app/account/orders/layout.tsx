import type { ReactNode } from "react"
import { requirePermission } from "@/lib/data/me"

/** Above the section's loading skeleton, so a role without "orders.read" gets the 403 page with a 403 status. */
export default async function OrdersLayout({ children }: { children: ReactNode }) {
  await requirePermission("orders.read")
  return children
}
