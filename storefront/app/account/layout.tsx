import { headers } from "next/headers"
import { redirect } from "next/navigation"
import type { ReactNode } from "react"
import { retrieveCustomerOrEnd } from "@/lib/data/customer"
import { PortalShell } from "@/modules/layout/templates/portal-shell"

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const customer = await retrieveCustomerOrEnd()
  if (!customer || typeof customer === "string") {
    // The session cookie is there (the proxy checked) but Medusa ended the session: say why, and come back here.
    const path = (await headers()).get("x-portal-path") ?? "/account"
    redirect(`/login?expired=${customer === "idle" ? "idle" : "1"}&next=${encodeURIComponent(path)}`)
  }
  return <PortalShell customer={customer}>{children}</PortalShell>
}
