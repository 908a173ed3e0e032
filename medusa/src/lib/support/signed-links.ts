import { createHmac, timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import { JsonWebTokenError, TokenExpiredError, verify } from "jsonwebtoken"

/** A file link lives this long: long enough to open the thread and look at its photos, too short to pass around. */
export const FILE_LINK_SECONDS = 15 * 60

/** Who a file link was made for: a customer account's people, or staff in the admin. */
export type FileAudience = { customer_id: string } | { staff: true }

type FileClaims = { purpose: "ticket-file"; attachment_id: string } & ({ customer_id: string } | { staff: true })

const secretOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

export function signFileLink(container: MedusaContainer, attachmentId: string, audience: FileAudience): string {
  const claims: FileClaims = { purpose: "ticket-file", attachment_id: attachmentId, ...audience }
  return generateJwtToken(claims, { secret: secretOf(container), expiresIn: FILE_LINK_SECONDS })
}

export type FileLinkCheck = { ok: true; attachmentId: string } | { ok: false; status: 400 | 404 | 410; message: string }

/** Checks a file link for its audience; a link made for another account is answered like a missing file. */
export function checkFileLink(container: MedusaContainer, token: string, audience: FileAudience): FileLinkCheck {
  let claims: Partial<FileClaims & { customer_id: string; staff: boolean }>
  try {
    claims = verify(token, secretOf(container), { algorithms: ["HS256"] }) as typeof claims
  } catch (error) {
    if (error instanceof TokenExpiredError) return { ok: false, status: 410, message: "This file link has expired. Open the ticket again for a fresh one." }
    if (error instanceof JsonWebTokenError) return { ok: false, status: 400, message: "This file link is not valid." }
    throw error
  }
  if (claims.purpose !== "ticket-file" || typeof claims.attachment_id !== "string") return { ok: false, status: 400, message: "This file link is not valid." }
  const forAudience = "staff" in audience ? claims.staff === true : claims.customer_id === audience.customer_id
  if (!forAudience) return { ok: false, status: 404, message: "That file was not found." }
  return { ok: true, attachmentId: claims.attachment_id }
}

const replySignature = (secret: string, ticketId: string) => createHmac("sha256", secret).update(`ticket-reply:${ticketId}`).digest("base64url").slice(0, 16).toLowerCase()

/**
 * The address a ticket's emails ask replies to: support+<ticket id>.<signature>@domain. Mail programs that drop
 * In-Reply-To still reach the right ticket, and nobody can aim a message at a ticket by guessing its id.
 */
export function replyAddress(container: MedusaContainer, replyTo: string, ticketId: string): string {
  const [local, domain] = replyTo.split("@")
  return `${local}+${ticketId.toLowerCase()}.${replySignature(secretOf(container), ticketId.toLowerCase())}@${domain}`
}

/** The ticket id a signed reply address names, or null (not ours, unsigned, or forged). */
export function ticketOfReplyAddress(container: MedusaContainer, replyTo: string, address: string): string | null {
  const [local, domain] = replyTo.toLowerCase().split("@")
  const match = new RegExp(`^${local!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\+(tkt_[0-9a-z]+)\\.([0-9a-z_-]{16})@(.+)$`).exec(address.trim().toLowerCase())
  if (!match || match[3] !== domain) return null
  const expected = Buffer.from(replySignature(secretOf(container), match[1]!))
  const given = Buffer.from(match[2]!)
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1]!.toUpperCase().replace(/^TKT_/, "tkt_") : null
}
