import type { Metadata } from "next"
import { retrieveCustomer } from "@/lib/data/customer"
import { listFaqs } from "@/lib/data/faq"
import { HelpTemplate } from "@/modules/help/templates/help-template"
import { PortalShell } from "@/modules/layout/templates/portal-shell"

export const metadata: Metadata = { title: "Help" }

/** Public: customers who cannot sign in need help most. Signed-in customers see it inside their account. */
export default async function HelpPage() {
  const [customer, faqs] = await Promise.all([retrieveCustomer(), listFaqs()])
  return (
    <PortalShell customer={customer}>
      <HelpTemplate faqs={faqs} />
    </PortalShell>
  )
}
