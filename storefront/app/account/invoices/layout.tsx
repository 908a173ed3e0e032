import type { ReactNode } from "react"
import { requirePermission } from "@/lib/data/me"

/** Above the section's loading skeleton, so a role without "invoices.read" gets the 403 page with a 403 status. */
export default async function InvoicesLayout({ children }: { children: ReactNode }) {
  await requirePermission("invoices.read")
  return children
}
