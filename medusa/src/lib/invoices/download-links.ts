import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import { JsonWebTokenError, TokenExpiredError, verify } from "jsonwebtoken"

/** A signed download link lives this long: long enough to click, too short to pass around. */
export const DOWNLOAD_LINK_SECONDS = 120

/** What a link downloads: one invoice or credit note, a statement for a range, or a stored monthly statement. */
export type DownloadTarget = { kind: "invoice"; number: string } | { kind: "statement"; from: string; to: string } | { kind: "monthly_statement"; id: string }

type DownloadClaims = {
  purpose: "document-download"
  customer_id: string
  target: DownloadTarget
}

const secretOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

/** A short-lived link bound to the customer: only their own session can use it, and only until it expires. */
export function signDownloadLink(container: MedusaContainer, customerId: string, target: DownloadTarget) {
  const claims: DownloadClaims = { purpose: "document-download", customer_id: customerId, target }
  const token = generateJwtToken(claims, { secret: secretOf(container), expiresIn: DOWNLOAD_LINK_SECONDS })
  return { token, url: `/store/portal/downloads/${token}`, expires_at: new Date(Date.now() + DOWNLOAD_LINK_SECONDS * 1000).toISOString() }
}

export type LinkCheck = { ok: true; target: DownloadTarget } | { ok: false; status: 400 | 403 | 410; type: string; message: string }

/** Checks a download link for the signed-in customer: expired, foreign and forged links are refused, each plainly. */
export function checkDownloadLink(container: MedusaContainer, token: string, customerId: string): LinkCheck {
  let claims: DownloadClaims
  try {
    claims = verify(token, secretOf(container)) as DownloadClaims
  } catch (error) {
    if (error instanceof TokenExpiredError) {
      return { ok: false, status: 410, type: "link_expired", message: "This download link has expired. Open the document again in the portal to get a fresh link." }
    }
    if (error instanceof JsonWebTokenError) return { ok: false, status: 400, type: "invalid_link", message: "This download link is not valid." }
    throw error
  }
  if (claims.purpose !== "document-download" || !claims.target) return { ok: false, status: 400, type: "invalid_link", message: "This download link is not valid." }
  if (claims.customer_id !== customerId) {
    return { ok: false, status: 403, type: "foreign_link", message: "This download link belongs to another account. Sign in with that account, or open your own documents." }
  }
  return { ok: true, target: claims.target }
}
