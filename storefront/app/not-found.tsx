import { retrieveCustomer } from "@/lib/data/customer"
import { NotFoundTemplate } from "@/modules/common/templates/not-found-template"
import { PortalShell } from "@/modules/layout/templates/portal-shell"

export default async function NotFound() {
  const customer = await retrieveCustomer()
  return (
    <PortalShell customer={customer}>
      <NotFoundTemplate signedIn={customer !== null} />
    </PortalShell>
  )
}
