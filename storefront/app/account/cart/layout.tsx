import type { ReactNode } from "react"
import { requirePermission } from "@/lib/data/me"

/** Above the section's loading skeleton, so a role without "orders.buy" gets the 403 page with a 403 status. */
export default async function CartLayout({ children }: { children: ReactNode }) {
  await requirePermission("orders.buy")
  return children
}
