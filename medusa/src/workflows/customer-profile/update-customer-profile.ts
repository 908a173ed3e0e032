import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { describeChanges, recordErpChangeRequestsStep } from "./steps/record-erp-change-requests"
import { updateCustomerFieldsStep } from "./steps/update-customer-fields"
import type { FieldChanges } from "../../lib/orderflow/change-requests"
import type { AuditRecord } from "../../modules/audit/service"
import { recordAuditEntryStep } from "../audit/steps/record-audit-entry"

export const PROFILE_LABELS: Record<string, string> = {
  first_name: "First name",
  last_name: "Last name",
  phone: "Phone",
  company_name: "Company name",
  vat_number: "VAT number",
  email: "Email",
}

export interface UpdateCustomerProfileInput {
  customer_id: string
  customer_number: string
  requested_by: string | null
  /** Only the fields that differ from what the customer has now. */
  changes: FieldChanges
  /** What the audit trail says of this change, when the caller records it here (its last step). */
  audit?: AuditRecord | null
}

/** A customer edits their profile: saved in Medusa at once, queued for staff to enter in OrderFlow. */
export const updateCustomerProfileWorkflow = createWorkflow("update-customer-profile", (input: UpdateCustomerProfileInput) => {
  const update = transform({ input }, ({ input }) => {
    const { vat_number: vat, ...fields } = input.changes
    return {
      customer_id: input.customer_id,
      fields: Object.fromEntries(Object.entries(fields).map(([field, change]) => [field, change.to])),
      ...(vat ? { metadata: { vat_number: vat.to } } : {}),
    }
  })
  const customer = updateCustomerFieldsStep(update)
  const requests = transform({ input }, ({ input }) => [
    {
      customer_id: input.customer_id,
      cust_no: input.customer_number,
      kind: "profile" as const,
      summary: describeChanges(input.changes, PROFILE_LABELS),
      changes: input.changes,
      requested_by: input.requested_by,
    },
  ])
  recordErpChangeRequestsStep(requests)
  recordAuditEntryStep(transform({ input }, ({ input }) => input.audit ?? null))
  return new WorkflowResponse(customer)
})
