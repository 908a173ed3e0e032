import { z } from "@medusajs/framework/zod"

const optionalText = (label: string, max: number) =>
  z.string({ error: `${label} must be text.` }).trim().max(max, `${label} can be at most ${max} characters.`).optional()

/** South African VAT numbers are 10 digits starting with 4; foreign VAT IDs are letters and digits. */
const VAT_NUMBER = /^(4\d{9}|[A-Z]{2}[A-Z0-9]{2,18})$/

export const StoreUpdateProfile = z
  .object({
    first_name: optionalText("First name", 80),
    last_name: optionalText("Last name", 80),
    company_name: optionalText("Company name", 80),
    phone: optionalText("Phone", 30).refine((phone) => !phone || /^\+?[0-9 ()-]{7,30}$/.test(phone), "Enter a phone number of digits, like 011 555 0100 or +27 82 555 0199."),
    vat_number: z
      .string({ error: "VAT number must be text." })
      .trim()
      .transform((vat) => vat.replace(/\s+/g, "").toUpperCase())
      .refine((vat) => !vat || VAT_NUMBER.test(vat), "A South African VAT number has 10 digits and starts with 4 (like 4123456789).")
      .optional(),
  })
  .strict()
export type StoreUpdateProfileType = z.infer<typeof StoreUpdateProfile>

export const StoreRequestEmailChange = z
  .object({
    email: z.string({ error: "Enter the new email address." }).trim().toLowerCase().email("Enter a valid email address, like name@company.co.za.").max(254),
    current_password: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200, "That password is too long."),
  })
  .strict()
export type StoreRequestEmailChangeType = z.infer<typeof StoreRequestEmailChange>

/**
 * The token of an emailed link. Its length is not checked here: Medusa's validation message for that would read
 * "Value for field 'token' too small"; a cut-short link fails the signature check and gets the route's sentence.
 */
const emailedLinkToken = z.object({ token: z.string({ error: "The link is incomplete." }).max(4000, "The link is not valid.") }).strict()
export const StoreConfirmEmailChange = emailedLinkToken
export type StoreConfirmEmailChangeType = z.infer<typeof StoreConfirmEmailChange>

export const StoreCancelEmailChange = emailedLinkToken
export type StoreCancelEmailChangeType = z.infer<typeof StoreCancelEmailChange>
