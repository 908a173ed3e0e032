import { createHmac, timingSafeEqual } from "node:crypto"

/** A preview link works for a working day: long enough to share with a colleague, short enough to go stale. */
const PREVIEW_LIFETIME_SECONDS = 8 * 60 * 60

const previewKey = () => createHmac("sha256", process.env.PAYLOAD_SECRET ?? "").update("help-article-preview").digest()

const signatureOf = (articleId: string, expires: number) => createHmac("sha256", previewKey()).update(`${articleId}.${expires}`).digest("base64url")

/** `<id>.<expiry>.<signature>`: lets its holder read this article's latest draft, and nothing else, until it expires. */
export function previewToken(articleId: string | number, now: number = Date.now()): string {
  const expires = Math.floor(now / 1000) + PREVIEW_LIFETIME_SECONDS
  return `${articleId}.${expires}.${signatureOf(String(articleId), expires)}`
}

/** The article id a valid, unexpired token is for; null for anything else. */
export function articleOfPreviewToken(token: string, now: number = Date.now()): string | null {
  const [articleId, expiresText, signature] = token.split(".")
  const expires = Number(expiresText)
  if (!articleId || !signature || !Number.isInteger(expires) || expires < now / 1000) return null
  const expected = Buffer.from(signatureOf(articleId, expires))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected) ? articleId : null
}

/** The storefront page that shows the draft: live preview's iframe and the admin's Preview button open it. */
export function previewUrl(articleId: string | number | undefined): string | null {
  const storefront = process.env.STOREFRONT_URL
  if (!storefront || articleId === undefined) return null
  return new URL(`/help/preview/${encodeURIComponent(previewToken(articleId))}`, storefront).toString()
}
