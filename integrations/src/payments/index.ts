import type { BankAccount } from "../accounting/types.js"
import { centsToDecimalString } from "../money.js"

/** What the customer needs to pay one invoice. */
export interface InvoicePaymentRequest {
  invoiceNumber: string
  customerNumber: string
  outstandingCents: number
  currency: string
}

/**
 * A way to pay invoices online. The portal asks it for a pay link per open invoice; adding a payment provider
 * means implementing this one method.
 */
export interface InvoicePaymentProvider {
  /** Shown on the button, e.g. "Pay by card". */
  label: string
  payLink(request: InvoicePaymentRequest): Promise<string | null>
}

/** The seller's bank account for EFT payments (SELLER_BANK_*), with the invoice number as the reference. */
export function sellerBankAccount(env: NodeJS.ProcessEnv = process.env): BankAccount {
  return {
    bankName: env.SELLER_BANK_NAME || "First National Bank",
    accountName: env.SELLER_BANK_ACCOUNT_NAME || env.SELLER_NAME || "Highveld Wholesale Foods (Pty) Ltd",
    accountNumber: env.SELLER_BANK_ACCOUNT_NUMBER || "62812345678",
    branchCode: env.SELLER_BANK_BRANCH_CODE || "250655",
  }
}

/**
 * A hosted payment page addressed by a URL template, the shape most South African gateways (PayFast, Peach, Ozow
 * payment links) offer: {invoice}, {amount} (rands, e.g. 1234.50), {currency} and {customer} are filled in.
 */
export function hostedPaymentPageProvider(template: string, label = "Pay online"): InvoicePaymentProvider {
  const url = new URL(template.replace(/\{\w+\}/g, "x"))
  if (url.protocol !== "https:" && url.hostname !== "localhost") throw new Error("The pay link template must be an https address.")
  return {
    label,
    async payLink(request) {
      if (request.outstandingCents <= 0) return null
      const values: Record<string, string> = {
        invoice: request.invoiceNumber,
        amount: centsToDecimalString(request.outstandingCents),
        currency: request.currency,
        customer: request.customerNumber,
      }
      return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? encodeURIComponent(values[key]!) : match))
    },
  }
}

/** The provider the deployment configured (PAY_LINK_TEMPLATE, PAY_LINK_LABEL), or null: then customers pay by EFT. */
export function configuredPaymentProvider(env: NodeJS.ProcessEnv = process.env): InvoicePaymentProvider | null {
  return env.PAY_LINK_TEMPLATE ? hostedPaymentPageProvider(env.PAY_LINK_TEMPLATE, env.PAY_LINK_LABEL || undefined) : null
}
