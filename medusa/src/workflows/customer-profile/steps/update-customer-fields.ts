import type { CustomerDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export interface UpdateCustomerFieldsInput {
  customer_id: string
  fields: Partial<Pick<CustomerDTO, "first_name" | "last_name" | "phone" | "company_name" | "email">>
  metadata?: Record<string, unknown>
}

/** Updates a customer's own fields (metadata merged), remembering the previous values to undo. */
export const updateCustomerFieldsStep = createStep(
  "update-customer-fields",
  async (input: UpdateCustomerFieldsInput, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const before = await customers.retrieveCustomer(input.customer_id, { select: ["id", "first_name", "last_name", "phone", "company_name", "email", "metadata"] })
    const updated = await customers.updateCustomers(input.customer_id, {
      ...input.fields,
      ...(input.metadata ? { metadata: { ...(before.metadata ?? {}), ...input.metadata } } : {}),
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const { id, first_name, last_name, phone, company_name, email, metadata } = before
    await container.resolve(Modules.CUSTOMER).updateCustomers(id, { first_name, last_name, phone, company_name, email, metadata })
  }
)
