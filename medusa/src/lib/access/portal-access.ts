import type { MedusaRequest } from "@medusajs/framework/http"
import type { AccountRole } from "../../modules/customer-access/models/account-membership"
import { can, type Permission } from "./roles"

/** Who is asking, as the session check found them: the person, their role and locations in the session's account. */
export interface PortalAccess {
  customerId: string
  personId: string
  /** The person's place in the account (their notifications are addressed to it). */
  membershipId: string
  sessionId: string
  role: AccountRole
  /** Customer address ids the person is limited to; null: all of the account's. */
  locationIds: string[] | null
}

// Keyed by the request object whatever its body and query types.
const accessByRequest = new WeakMap<object, PortalAccess>()

export function setPortalAccess(req: MedusaRequest, access: PortalAccess): void {
  accessByRequest.set(req, access)
}

export const findPortalAccess = (req: MedusaRequest): PortalAccess | undefined => accessByRequest.get(req)

/** The signed-in person's access; routes under /store/portal are only reached with one (requireSignedInCustomer). */
export function portalAccessOf(req: Pick<MedusaRequest, "scope">): PortalAccess {
  const access = accessByRequest.get(req)
  if (!access) throw new Error("No portal session on this request: the route is missing its session check")
  return access
}

/** Whether the signed-in person's role includes this (for routes that shape one answer for several roles). */
export const portalCan = (req: MedusaRequest, permission: Permission) => can(portalAccessOf(req).role, permission)
