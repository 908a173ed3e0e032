import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The signature on requests between the CMS and the storefront (revalidation, feedback, counted searches): both are
 * given CMS_STOREFRONT_SECRET.
 */
/** The header that carries a request's signature between the CMS and the storefront. */
export const HELP_SIGNATURE_HEADER = "x-portal-signature"

/** How old a signed request may be: long enough for clock drift, too short to replay a captured one for long. */
const SIGNATURE_TOLERANCE_SECONDS = 300

const digest = (secret: string, timestamp: number, body: string) => createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, Stripe's scheme: the timestamp is signed with the body. */
export function signHelpRequest(secret: string, body: string, now: number = Date.now()): string {
  const timestamp = Math.floor(now / 1000)
  return `t=${timestamp},v1=${digest(secret, timestamp, body)}`
}

/** Whether the header signs this exact body with the shared secret, recently. Constant-time comparison. */
export function verifyHelpRequest(secret: string, header: string | null | undefined, body: string, now: number = Date.now()): boolean {
  if (!secret || !header) return false
  const parts = new Map(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]))
  const timestamp = Number(parts.get("t"))
  const signature = parts.get("v1") ?? ""
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false
  const expected = Buffer.from(digest(secret, timestamp, body), "hex")
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : "", "hex")
  return given.length === expected.length && timingSafeEqual(given, expected)
}
