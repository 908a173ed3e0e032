import type { Metadata } from "next"
import { retrieveCustomer } from "@/lib/data/customer"
import { listFaqs, listHelpArticles, listHelpCategories } from "@/lib/data/help"
import { HelpTemplate } from "@/modules/help/templates/help-template"
import { PortalShell } from "@/modules/layout/templates/portal-shell"

export const metadata: Metadata = { title: "Help centre" }

/** Public: customers who cannot sign in need help most. Signed-in customers see it inside their account. */
export default async function HelpPage() {
  const [customer, categories, articles, faqs] = await Promise.all([retrieveCustomer(), listHelpCategories(), listHelpArticles(), listFaqs()])
  return (
    <PortalShell customer={customer}>
      <HelpTemplate categories={categories} articles={articles} faqs={faqs} />
    </PortalShell>
  )
}
