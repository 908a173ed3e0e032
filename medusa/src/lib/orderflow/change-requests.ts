import type { ErpAddress, ErpCustomer, OrderFlowReader } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"

export type FieldChanges = Record<string, { from: string | null; to: string | null }>

/** Changes customers make in the portal (the sync settles them); staff's ticket requests are the other kinds. */
export const CUSTOMER_CHANGE_KINDS = ["profile", "email", "address_added", "address_changed", "address_removed"] as const

export interface ChangeRequestLike {
  kind: (typeof CUSTOMER_CHANGE_KINDS)[number] | "credit_note" | "redelivery"
  changes: FieldChanges
  erp_addr_id: number | null
}

/** Compared loosely, the way a person keying data in would be judged: case, spacing and phone punctuation aside. */
const same = (field: string, erp: string | null | undefined, wanted: string | null) => {
  const clean = (value: string | null | undefined) =>
    field === "phone" ? (value ?? "").replace(/\D/g, "") : (value ?? "").trim().replace(/\s+/g, " ").toLowerCase()
  return clean(erp) === clean(wanted)
}

const ADDRESS_FIELDS: Record<string, (address: ErpAddress) => string | null> = {
  address_1: (a) => a.line1,
  address_2: (a) => a.line2,
  city: (a) => a.city,
  province: (a) => a.province,
  postal_code: (a) => a.postalCode,
  country_code: (a) => a.country,
}

function addressMatches(address: ErpAddress, changes: FieldChanges, side: "from" | "to") {
  return Object.entries(changes).every(([field, change]) => !ADDRESS_FIELDS[field] || same(field, ADDRESS_FIELDS[field](address), change[side]))
}

/** True when OrderFlow now shows what the customer asked for. */
export function isSettledInErp(request: ChangeRequestLike, customer: ErpCustomer | undefined, addresses: ErpAddress[]): boolean {
  if (!customer) return false
  const delivery = addresses.filter((address) => address.type === "D")
  switch (request.kind) {
    case "email":
      return same("email", customer.email, request.changes.email?.to ?? null)
    case "profile":
      return Object.entries(request.changes).every(([field, change]) => {
        if (field === "phone") return same(field, customer.phone, change.to)
        if (field === "email") return same(field, customer.email, change.to)
        if (field === "vat_number") return same(field, customer.vatNo, change.to)
        if (field === "company_name") return same(field, customer.name, change.to)
        // Individuals' names live in cust_name as "First Last".
        return !change.to || customer.name.toLowerCase().includes(change.to.trim().toLowerCase())
      })
    case "address_added":
      return delivery.some((address) => addressMatches(address, request.changes, "to"))
    case "address_changed": {
      const candidates = request.erp_addr_id ? delivery.filter((address) => address.addrId === request.erp_addr_id) : delivery
      return candidates.some((address) => addressMatches(address, request.changes, "to"))
    }
    case "address_removed":
      return request.erp_addr_id
        ? !delivery.some((address) => address.addrId === request.erp_addr_id)
        : !delivery.some((address) => addressMatches(address, request.changes, "from"))
    // A credit note or redelivery shows in OrderFlow as documents the portal cannot tie back: staff mark it done.
    case "credit_note":
    case "redelivery":
      return false
  }
}

/** Marks done every pending change request that OrderFlow now reflects; returns how many. */
export async function settleChangeRequests(container: MedusaContainer, reader: OrderFlowReader): Promise<number> {
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const pending = await sync.listErpChangeRequests({ status: "pending", kind: [...CUSTOMER_CHANGE_KINDS] }, { select: ["id", "cust_no", "kind", "changes", "erp_addr_id"], take: 1_000 })
  if (pending.length === 0) return 0
  const custNos = [...new Set(pending.map((request) => request.cust_no))]
  const [customers, addresses] = await Promise.all([reader.customersByNumber(custNos), reader.addresses(custNos)])
  const settled = pending.filter((request) =>
    isSettledInErp(
      request as unknown as ChangeRequestLike,
      customers.find((customer) => customer.custNo === request.cust_no),
      addresses.filter((address) => address.custNo === request.cust_no)
    )
  )
  if (settled.length > 0) await sync.updateErpChangeRequests(settled.map((request) => ({ id: request.id, status: "done" as const, done_at: new Date() })))
  return settled.length
}
