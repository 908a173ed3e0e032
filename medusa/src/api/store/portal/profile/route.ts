import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { portalCustomerById } from "../../../../lib/access/identifier"
import { requestInfo } from "../../../../lib/access/request-info"
import { CUSTOMER_CHANGE_KINDS } from "../../../../lib/orderflow/change-requests"
import { ORDERFLOW_SYNC_MODULE } from "../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../modules/orderflow-sync/service"
import { diffFields } from "../../../../workflows/customer-profile/steps/record-erp-change-requests"
import { updateCustomerProfileWorkflow } from "../../../../workflows/customer-profile/update-customer-profile"
import type { StoreUpdateProfileType } from "./validators"

const PROFILE_FIELDS = ["id", "email", "first_name", "last_name", "phone", "company_name", "metadata"]

/** The signed-in customer's profile, with their customer number, VAT number and changes still to reach OrderFlow. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: PROFILE_FIELDS })
  const sync = req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const [erp] = await sync.listErpCustomers({ customer_id: customerId }, { select: ["vat_no"] })
  // The customer's own changes only: credit notes and redeliveries staff ask for from a ticket are staff's words.
  const pending = await sync.listErpChangeRequests(
    { customer_id: customerId, status: "pending", kind: [...CUSTOMER_CHANGE_KINDS] },
    { select: ["id", "kind", "summary", "created_at"], order: { created_at: "DESC" } }
  )
  res.json({
    profile: {
      id: customer.id,
      customer_number: customer.metadata?.customer_number ?? null,
      email: customer.email,
      first_name: customer.first_name,
      last_name: customer.last_name,
      phone: customer.phone,
      company_name: customer.company_name,
      vat_number: (customer.metadata?.vat_number as string | undefined) ?? erp?.vat_no ?? null,
      pending_email: customer.metadata?.pending_email && customer.metadata.pending_email !== customer.email ? customer.metadata.pending_email : null,
    },
    pending_erp_changes: pending,
  })
}

/** Updates name, phone, company and VAT number; what changed is queued for staff to enter in OrderFlow. */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateProfileType>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const portalCustomer = await portalCustomerById(knex, customerId)
  if (!portalCustomer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your account was not found.")
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: PROFILE_FIELDS })
  const [erp] = await req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpCustomers({ customer_id: customerId }, { select: ["vat_no"] })
  const before = { ...customer, vat_number: (customer.metadata?.vat_number as string | undefined) ?? erp?.vat_no ?? null }
  const changes = diffFields(before, req.validatedBody)
  if (Object.keys(changes).length > 0) {
    await updateCustomerProfileWorkflow(req.scope).run({
      input: {
        customer_id: customerId,
        customer_number: portalCustomer.customer_number,
        requested_by: portalCustomer.email ?? portalCustomer.customer_number,
        changes,
        audit: { action: "profile.updated", customer_id: customerId, actor: portalCustomer.customer_number, target_type: "customer", target_id: customerId, ...requestInfo(req), details: { changes } },
      },
    })
  }
  return GET(req, res)
}
