import { z } from "@medusajs/framework/zod"
import { dateRangeQuery } from "../../../../lib/validation/dates"

export const EXPORT_FORMATS = ["xero_bills", "xero_payments", "quickbooks_bills", "quickbooks_supplier_credits", "quickbooks_payments", "ubl"] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const StoreExportAccounting = dateRangeQuery({
  account_code: z
    .string()
    .trim()
    .regex(/^[\w .&/-]{1,40}$/, "The account code is up to 40 letters, digits, spaces or . & / - _")
    .optional(),
})
export type StoreExportAccountingType = z.infer<typeof StoreExportAccounting>
