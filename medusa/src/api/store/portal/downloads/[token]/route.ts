import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { downloadWatermark, pdfDocumentRenderer, type BusinessDocument } from "@portal/integrations/documents"
import { auditCustomerAction } from "../../../../../lib/access/audit"
import { portalCan } from "../../../../../lib/access/portal-access"
import { loadCustomerDocument } from "../../../../../lib/invoices/documents"
import { orderScope, wholeAccount } from "../../../../../lib/access/order-scope"
import { checkDownloadLink, type DownloadTarget } from "../../../../../lib/invoices/download-links"
import { invoiceDocument } from "../../../../../lib/invoices/invoice-document"
import { billedCustomer } from "../../../../../lib/invoices/parties"
import { buildStatement } from "../../../../../lib/invoices/build-statement"
import { statementDocument, type Statement } from "../../../../../lib/invoices/statement"
import { INVOICING_MODULE } from "../../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../../modules/invoicing/service"

/**
 * Follows a signed download link: the PDF, watermarked with the customer's number, name and the download time, and
 * written to the audit trail. An expired link (410), someone else's link (403) or a forged one (400) gets a plain
 * message, never the file.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const check = checkDownloadLink(req.scope, req.params.token ?? "", customerId)
  if (!check.ok) return res.status(check.status).json({ type: check.type, message: check.message })
  // The role is checked again on the way out: a link outlives nothing, but a role can change after it was issued.
  if (!portalCan(req, check.target.kind === "invoice" ? "invoices.read" : "finance.read")) {
    return res.status(403).json({ type: "not_allowed", code: "role", message: "Your role in this account does not include this document." })
  }

  const customer = await billedCustomer(req.scope, customerId)
  const { document, filename, targetId } = await documentFor(req, customer, check.target)
  const pdf = await pdfDocumentRenderer.render(document, downloadWatermark({ number: customer.number, name: customer.name }))
  await auditCustomerAction(req, {
    action: check.target.kind === "invoice" ? "invoice.downloaded" : "statement.downloaded",
    target_type: check.target.kind,
    target_id: targetId,
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}

async function documentFor(
  req: AuthenticatedMedusaRequest,
  customer: Awaited<ReturnType<typeof billedCustomer>>,
  target: DownloadTarget
): Promise<{ document: BusinessDocument; filename: string; targetId: string }> {
  switch (target.kind) {
    case "invoice": {
      const scope = await orderScope(req)
      const detail = await loadCustomerDocument(req.scope, scope.customerId === customer.id ? scope : wholeAccount(customer.id), target.number)
      return { document: invoiceDocument(detail, customer), filename: `${detail.number}.pdf`, targetId: detail.number }
    }
    case "statement": {
      const statement = await buildStatement(req.scope, customer, target.from, target.to)
      return { document: statementDocument(statement), filename: `statement-${customer.number}-${target.from}-${target.to}.pdf`, targetId: `${target.from}..${target.to}` }
    }
    case "monthly_statement": {
      const [stored] = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).listStatements({ id: target.id, customer_id: customer.id })
      if (!stored) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This statement is not on your account.")
      return {
        document: statementDocument(stored.snapshot as unknown as Statement),
        filename: `statement-${customer.number}-${stored.period}.pdf`,
        targetId: stored.period,
      }
    }
  }
}
