import { storefrontUrl } from "../../../lib/storefront-url"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { formatRand } from "@portal/integrations"
import { pdfDocumentRenderer } from "@portal/integrations/documents"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { statementDocument, type Statement } from "../../../lib/invoices/statement"
import { formatMonth } from "@portal/integrations/locale"

/**
 * Emails each of the month's statements that has not been emailed yet, with its PDF attached, through Medusa's
 * notification module. Marked as sent one by one, so a second run (or a retry after a mail failure) sends only
 * what is missing; the notification's idempotency key guards against a crash between sending and marking.
 */
export const emailMonthlyStatementsStep = createStep("email-monthly-statements", async (input: { period: string }, { container }) => {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const pending = await invoicing.listStatements({ period: input.period, emailed_at: null }, { take: null })
  const storefront = storefrontUrl()
  let sent = 0
  for (const statement of pending) {
    if (!statement.email_to) continue
    const snapshot = statement.snapshot as unknown as Statement
    const pdf = await pdfDocumentRenderer.render(statementDocument(snapshot))
    await notifications.createNotifications({
      to: statement.email_to,
      channel: "email",
      template: "monthly-statement",
      receiver_id: statement.customer_id,
      idempotency_key: `monthly-statement:${statement.cust_no}:${statement.period}`,
      data: {
        name: snapshot.customer_name,
        customer_number: snapshot.customer_number,
        period: formatMonth(statement.period),
        closing_balance: formatRand(snapshot.closing_balance_cents),
        link: `${storefront}/account/statements`,
      },
      attachments: [{ filename: `statement-${statement.cust_no}-${statement.period}.pdf`, content: pdf.toString("base64"), content_type: "application/pdf" }],
    })
    await invoicing.updateStatements({ id: statement.id, emailed_at: new Date() })
    sent += 1
  }
  return new StepResponse(sent)
})
