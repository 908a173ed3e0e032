import { SOUTH_AFRICAN_POSTAL_CODE, SOUTH_AFRICAN_PROVINCES } from "@portal/integrations/locale"
import { z } from "@medusajs/framework/zod"


const text = (label: string, max: number) => z.string({ error: `${label} must be text.` }).trim().max(max, `${label} can be at most ${max} characters.`)

const address = z
  .object({
    address_name: text("Name", 60).optional(),
    company: text("Company", 80).optional(),
    first_name: text("First name", 80).optional(),
    last_name: text("Last name", 80).optional(),
    address_1: text("Street address", 80).min(1, "Enter the street address."),
    address_2: text("Address line 2", 80).optional(),
    city: text("City", 40).min(1, "Enter the city or town."),
    province: text("Province", 40).optional(),
    postal_code: text("Postal code", 10).optional(),
    country_code: z
      .string({ error: "Choose a country." })
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, "Choose a country (a two-letter code like ZA).")
      .default("za"),
    phone: text("Phone", 30)
      .refine((phone) => !phone || /^\+?[0-9 ()-]{7,30}$/.test(phone), "Enter a phone number of digits, like 011 555 0100.")
      .optional(),
    is_default_shipping: z.boolean({ error: "Default must be true or false." }).optional(),
  })
  .strict()

/** South African addresses need one of the nine provinces and a four-digit postal code; other countries are free. */
function southAfricanRules(value: z.infer<typeof address>, context: z.RefinementCtx) {
  if (value.country_code !== "za") return
  const province = SOUTH_AFRICAN_PROVINCES.find((name) => name.toLowerCase() === value.province?.toLowerCase())
  if (!province) context.addIssue({ code: "custom", path: ["province"], message: `Choose the province: ${SOUTH_AFRICAN_PROVINCES.join(", ")}.` })
  else value.province = province
  if (!SOUTH_AFRICAN_POSTAL_CODE.test(value.postal_code ?? "")) context.addIssue({ code: "custom", path: ["postal_code"], message: "A South African postal code has 4 digits, like 2196." })
}

export const StoreCreateAddress = address.superRefine(southAfricanRules)
export type StoreCreateAddressType = z.infer<typeof StoreCreateAddress>

export const StoreUpdateAddress = StoreCreateAddress
export type StoreUpdateAddressType = z.infer<typeof StoreUpdateAddress>
