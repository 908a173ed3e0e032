import type { CustomerAddressDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export type AddressFields = Partial<
  Pick<
    CustomerAddressDTO,
    "address_name" | "company" | "first_name" | "last_name" | "address_1" | "address_2" | "city" | "province" | "postal_code" | "country_code" | "phone" | "is_default_shipping"
  >
>

export interface SaveCustomerAddressInput {
  customer_id: string
  /** Absent: a new address. */
  address_id?: string
  /** null: remove the address. */
  fields: AddressFields | null
}

export interface SavedAddress {
  before: CustomerAddressDTO | null
  after: CustomerAddressDTO | null
}

interface Undo {
  before: CustomerAddressDTO | null
  created: string | null
}

const SELECT = ["id", "customer_id", "address_name", "company", "first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone", "is_default_shipping", "metadata"]

/** Adds, changes or removes one of the customer's addresses; the previous state is kept to undo. */
export const saveCustomerAddressStep = createStep(
  "save-customer-address",
  async (input: SaveCustomerAddressInput, { container }): Promise<StepResponse<SavedAddress, Undo>> => {
    const customers = container.resolve(Modules.CUSTOMER)
    const before: CustomerAddressDTO | null = input.address_id ? ((await customers.listCustomerAddresses({ id: input.address_id }, { select: SELECT }))[0] ?? null) : null
    if (!input.fields) {
      await customers.deleteCustomerAddresses([input.address_id!])
      return new StepResponse({ before, after: null }, { before, created: null })
    }
    // One default delivery address per customer: the module refuses a second, so the old one steps down first.
    if (input.fields.is_default_shipping) {
      await customers.updateCustomerAddresses({ customer_id: input.customer_id, is_default_shipping: true }, { is_default_shipping: false })
    }
    const after = input.address_id
      ? await customers.updateCustomerAddresses(input.address_id, input.fields)
      : (await customers.createCustomerAddresses([{ customer_id: input.customer_id, ...input.fields }]))[0]!
    return new StepResponse({ before, after }, { before, created: input.address_id ? null : after.id })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const customers = container.resolve(Modules.CUSTOMER)
    if (undo.created) await customers.deleteCustomerAddresses([undo.created])
    else if (undo.before) {
      const { id, ...fields } = undo.before
      const [still] = await customers.listCustomerAddresses({ id }, { select: ["id"] })
      if (still) await customers.updateCustomerAddresses(id, fields)
      else await customers.createCustomerAddresses([fields])
    }
  }
)
