import { retrieveCustomer } from "@/lib/data/customer"
import { retrievePortalMe } from "@/lib/data/me"
import { ForbiddenTemplate } from "@/modules/common/templates/forbidden-template"
import { PortalShell } from "@/modules/layout/templates/portal-shell"

export default async function Forbidden() {
  const [customer, me] = await Promise.all([retrieveCustomer(), retrievePortalMe()])
  return (
    <PortalShell customer={customer}>
      <ForbiddenTemplate roleLabel={me?.role_label ?? null} />
    </PortalShell>
  )
}
