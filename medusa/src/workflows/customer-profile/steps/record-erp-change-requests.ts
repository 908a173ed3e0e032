import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { FieldChanges } from "../../../lib/orderflow/change-requests"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"

export interface ErpChangeRequestInput {
  customer_id: string
  cust_no: string
  kind: "profile" | "email" | "address_added" | "address_changed" | "address_removed"
  summary: string
  changes: FieldChanges
  address_id?: string | null
  erp_addr_id?: number | null
  requested_by?: string | null
}

/** Queues changes for staff to key into OrderFlow ("changes to enter in OrderFlow" in the Medusa admin). */
export const recordErpChangeRequestsStep = createStep(
  "record-erp-change-requests",
  async (requests: ErpChangeRequestInput[], { container }) => {
    const worthRecording = requests.filter((request) => Object.keys(request.changes).length > 0)
    if (worthRecording.length === 0) return new StepResponse([], [])
    const created = await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).createErpChangeRequests(worthRecording)
    return new StepResponse(created, created.map((request) => request.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).deleteErpChangeRequests(ids)
  }
)

/** "Phone: 011 555 0100 → 082 555 0199; VAT number: (none) → 4123456789" */
export function describeChanges(changes: FieldChanges, labels: Record<string, string>): string {
  return Object.entries(changes)
    .map(([field, { from, to }]) => `${labels[field] ?? field}: ${from || "(none)"} → ${to || "(none)"}`)
    .join("; ")
}

/** The fields whose value differs, as { field: { from, to } }. */
export function diffFields(before: Record<string, unknown>, after: Record<string, string | null | undefined>): FieldChanges {
  const changes: FieldChanges = {}
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue
    const previous = before[field] == null || before[field] === "" ? null : String(before[field])
    const next = value === "" ? null : value
    if (previous !== next) changes[field] = { from: previous, to: next }
  }
  return changes
}
