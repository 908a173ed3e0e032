import { headers } from "next/headers"
import { redirect } from "next/navigation"
import type { ReactNode } from "react"
import { retrieveCustomer } from "@/lib/data/customer"
import { PortalShell } from "@/modules/layout/templates/portal-shell"

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const customer = await retrieveCustomer()
  if (!customer) {
    // The session cookie is there (the proxy checked) but Medusa no longer accepts it.
    const path = (await headers()).get("x-portal-path") ?? "/account"
    redirect(`/login?expired=1&next=${encodeURIComponent(path)}`)
  }
  return <PortalShell customer={customer}>{children}</PortalShell>
}
