import { describe, expect, it } from "vitest"
import { configuredPaymentProvider, hostedPaymentPageProvider, sellerBankAccount } from "./index.js"

const request = { invoiceNumber: "INV0000101", customerNumber: "C0001001", outstandingCents: 123_450, currency: "ZAR" }

describe("invoice payment adapter", () => {
  it("fills the hosted payment page's address with the invoice, the amount owed in rands and the customer", async () => {
    const provider = hostedPaymentPageProvider("https://pay.example/checkout?ref={invoice}&amount={amount}&cur={currency}&who={customer}&keep={other}", "Pay by card")
    expect(await provider.payLink(request)).toBe("https://pay.example/checkout?ref=INV0000101&amount=1234.50&cur=ZAR&who=C0001001&keep={other}")
    expect(provider.label).toBe("Pay by card")
  })

  it("offers no link for an invoice with nothing to pay, and refuses a page that is not https", async () => {
    expect(await hostedPaymentPageProvider("https://pay.example/{invoice}").payLink({ ...request, outstandingCents: 0 })).toBeNull()
    expect(() => hostedPaymentPageProvider("http://pay.example/{invoice}")).toThrow(/https/)
  })

  it("is configured from the environment, and customers pay by EFT when nothing is configured", () => {
    expect(configuredPaymentProvider({})).toBeNull()
    expect(configuredPaymentProvider({ PAY_LINK_TEMPLATE: "https://pay.example/{invoice}", PAY_LINK_LABEL: "Pay now" })?.label).toBe("Pay now")
    expect(sellerBankAccount({ SELLER_BANK_ACCOUNT_NUMBER: "1234567890", SELLER_BANK_BRANCH_CODE: "632005" })).toMatchObject({ accountNumber: "1234567890", branchCode: "632005" })
  })
})
