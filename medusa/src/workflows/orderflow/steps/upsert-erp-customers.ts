import type { ErpAddress, ErpCustomer } from "@portal/integrations/orderflow"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { money } from "../../../lib/money-columns"
import { medusaAddressOf } from "../../../lib/orderflow/address"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"

export interface UpsertErpCustomersInput {
  customers: ErpCustomer[]
  addresses: ErpAddress[]
  /** Emails two or more ERP customers share: such customers sign in by customer number instead. */
  sharedEmails: string[]
}

const SEGMENT_NAME = { R: "retailer", H: "restaurant", E: "event_planner", I: "individual" } as const

/**
 * Creates a Medusa customer for each new OrderFlow customer (or adopts the one the demo seed made for that
 * customer number) and keeps name, phone and addresses in step with the ERP.
 */
export const upsertErpCustomersStep = createStep(
  "upsert-erp-customers",
  async (input: UpsertErpCustomersInput, { container }) => {
    const customerModule = container.resolve(Modules.CUSTOMER)
    const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
    const known = await sync.customerIdsByNumber(input.customers.map((c) => c.custNo))
    const shared = new Set(input.sharedEmails)
    const usableEmail = (customer: ErpCustomer) => (customer.email && !shared.has(customer.email) ? customer.email : null)

    // Customers that already have a portal login (the demo seed) are adopted by their customer number.
    const unknown = input.customers.filter((c) => !known.has(c.custNo))
    const withEmail = unknown.map(usableEmail).filter((email): email is string => Boolean(email))
    if (withEmail.length > 0) {
      for (const existing of await customerModule.listCustomers({ email: withEmail }, { select: ["id", "email", "metadata"] })) {
        const number = existing.metadata?.customer_number
        if (typeof number === "string" && unknown.some((c) => c.custNo === number)) known.set(number, existing.id)
      }
    }

    // Grouped once: a page holds thousands of customers and their addresses.
    const deliveryAddresses = new Map<string, ErpAddress[]>()
    for (const address of input.addresses) {
      if (address.type !== "D") continue
      const list = deliveryAddresses.get(address.custNo)
      if (list) list.push(address)
      else deliveryAddresses.set(address.custNo, [address])
    }
    const addressesOf = (customer: ErpCustomer) =>
      (deliveryAddresses.get(customer.custNo) ?? []).map((address) => ({
        address_name: `ERP ${address.addrId}`,
        company: customer.name,
        ...medusaAddressOf(address),
        is_default_shipping: address.isDefault,
        metadata: { erp_addr_id: address.addrId },
      }))

    const toCreate = input.customers.filter((c) => !known.has(c.custNo))
    const created = toCreate.length
      ? await customerModule.createCustomers(
          toCreate.map((customer) => ({
            email: usableEmail(customer),
            company_name: customer.segment === "I" ? null : customer.name,
            first_name: customer.segment === "I" ? customer.name.split(" ")[0] : null,
            last_name: customer.segment === "I" ? customer.name.split(" ").slice(1).join(" ") || null : null,
            phone: customer.phone,
            metadata: { customer_number: customer.custNo, segment: SEGMENT_NAME[customer.segment] },
            addresses: addressesOf(customer),
          }))
        )
      : []
    // Matched by customer number, not by position: createCustomers does not promise input order.
    for (const customer of created) known.set(String(customer.metadata?.customer_number), customer.id)

    const toUpdate = input.customers.filter((c) => !toCreate.includes(c))
    // A field the customer changed in the portal keeps the portal's value until OrderFlow shows it too.
    const pendingFields = new Map<string, Set<string>>()
    if (toUpdate.length > 0) {
      const pending = await sync.listErpChangeRequests({ status: "pending", kind: "profile", cust_no: toUpdate.map((c) => c.custNo) }, { select: ["cust_no", "changes"] })
      for (const request of pending) {
        const fields = pendingFields.get(request.cust_no) ?? new Set<string>()
        for (const field of Object.keys(request.changes ?? {})) fields.add(field)
        pendingFields.set(request.cust_no, fields)
      }
    }
    const updatedBefore = toUpdate.length
      ? await customerModule.listCustomers({ id: toUpdate.map((c) => known.get(c.custNo)!) }, { select: ["id", "phone", "company_name"] })
      : []
    const erpRowsBefore = await sync.snapshotErpRows("erp_customer", "cust_no", input.customers.map((customer) => customer.custNo))
    for (const customer of toUpdate) {
      const pending = pendingFields.get(customer.custNo)
      await customerModule.updateCustomers(known.get(customer.custNo)!, {
        ...(pending?.has("phone") ? {} : { phone: customer.phone }),
        ...(customer.segment === "I" || pending?.has("company_name") ? {} : { company_name: customer.name }),
      })
    }

    await sync.upsertErpRows(
      "erp_customer",
      "cust_no",
      "erpcus",
      input.customers.map((customer) => ({
        cust_no: customer.custNo,
        customer_id: known.get(customer.custNo)!,
        name: customer.name,
        segment: customer.segment,
        email: customer.email,
        email_shared: Boolean(customer.email && shared.has(customer.email)),
        vat_no: customer.vatNo,
        ...money("credit_limit", customer.creditLimitCents),
        terms_days: customer.termsDays,
        active: customer.active,
        last_upd: customer.lastUpd,
      }))
    )
    const undo = {
      createdIds: created.map((customer) => customer.id),
      updatedBefore: updatedBefore.map(({ id, phone, company_name }) => ({ id, phone, company_name })),
      erpRowsBefore,
    }
    return new StepResponse({ customerIds: Object.fromEntries(known) }, undo)
  },
  // Undone whole: the ERP rows as they were (none pointing at a removed customer), updated customers' old values.
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).restoreErpRows([undo.erpRowsBefore])
    const customerModule = container.resolve(Modules.CUSTOMER)
    for (const { id, ...fields } of undo.updatedBefore) await customerModule.updateCustomers(id, fields)
    if (undo.createdIds.length) await customerModule.deleteCustomers(undo.createdIds)
  }
)
