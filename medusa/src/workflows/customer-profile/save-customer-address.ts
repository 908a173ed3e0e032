import type { CustomerAddressDTO } from "@medusajs/framework/types"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { FieldChanges } from "../../lib/orderflow/change-requests"
import { describeChanges, diffFields, recordErpChangeRequestsStep } from "./steps/record-erp-change-requests"
import { type SaveCustomerAddressInput, saveCustomerAddressStep } from "./steps/save-customer-address"
import { type RequestOrigin, recordAuditEntryStep } from "../audit/steps/record-audit-entry"

export const ADDRESS_LABELS: Record<string, string> = {
  address_name: "Name",
  company: "Company",
  first_name: "First name",
  last_name: "Last name",
  address_1: "Street address",
  address_2: "Address line 2",
  city: "City",
  province: "Province",
  postal_code: "Postal code",
  country_code: "Country",
  phone: "Phone",
  is_default_shipping: "Default delivery address",
}

export interface SaveCustomerAddressWorkflowInput extends SaveCustomerAddressInput {
  customer_number: string
  requested_by: string | null
  origin: RequestOrigin
}

const addressValues = (address: CustomerAddressDTO | null): Record<string, unknown> =>
  address ? Object.fromEntries(Object.keys(ADDRESS_LABELS).map((field) => [field, (address as unknown as Record<string, unknown>)[field]])) : {}

/**
 * A customer adds, edits or removes a delivery address: saved in Medusa at once and queued for staff to enter in
 * OrderFlow, with what changed field by field.
 */
export const saveCustomerAddressWorkflow = createWorkflow("save-customer-address", (input: SaveCustomerAddressWorkflowInput) => {
  const saved = saveCustomerAddressStep(input)
  const requests = transform({ input, saved }, ({ input, saved }) => {
    const before = addressValues(saved.before)
    const after = addressValues(saved.after)
    const stringify = (values: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(values).map(([field, value]) => [field, value == null ? null : String(value)]))
    const changes: FieldChanges = saved.after ? diffFields(before, stringify(after)) : diffFields(stringify(after), stringify(before) as Record<string, string | null>)
    if (!saved.after) for (const field of Object.keys(changes)) changes[field] = { from: changes[field]!.to, to: null }
    const kind = !saved.before ? ("address_added" as const) : !saved.after ? ("address_removed" as const) : ("address_changed" as const)
    const label = (saved.after ?? saved.before)!.address_name || (saved.after ?? saved.before)!.address_1
    const verb = { address_added: "New delivery address", address_changed: "Changed delivery address", address_removed: "Remove delivery address" }[kind]
    const erpAddrId = Number((saved.before?.metadata as Record<string, unknown> | null)?.erp_addr_id) || null
    return [
      {
        customer_id: input.customer_id,
        cust_no: input.customer_number,
        kind,
        summary: `${verb} “${label}”: ${describeChanges(changes, ADDRESS_LABELS)}`,
        changes,
        address_id: (saved.after ?? saved.before)!.id,
        erp_addr_id: erpAddrId,
        requested_by: input.requested_by,
      },
    ]
  })
  recordErpChangeRequestsStep(requests)
  recordAuditEntryStep(
    transform({ input, saved }, ({ input, saved }) => ({
      action: !input.address_id ? ("address.created" as const) : input.fields ? ("address.updated" as const) : ("address.deleted" as const),
      customer_id: input.customer_id,
      actor: input.customer_number,
      target_type: "customer_address",
      target_id: (saved.after ?? saved.before)!.id,
      ...input.origin,
    }))
  )
  return new WorkflowResponse(saved)
})
