import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto"

/**
 * Client secrets of the companies' identity providers are kept sealed (AES-256-GCM) with a key from the
 * environment (SSO_SECRET_KEY; npm start generates one), so a database copy alone does not reveal them. The stored
 * form is `v1.<iv>.<tag>.<ciphertext>`, base64url; the version leaves room to change the scheme later.
 */
const keyOf = (secretKey: string) => createHash("sha256").update(secretKey, "utf8").digest()

export function sealSecret(plain: string, secretKey: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", keyOf(secretKey), iv)
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  return ["v1", iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".")
}

/** The plain secret; throws when the key is not the one it was sealed with or the value was altered. */
export function openSecret(sealed: string, secretKey: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".")
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("This client secret is not in a form this version can read.")
  const decipher = createDecipheriv("aes-256-gcm", keyOf(secretKey), Buffer.from(iv, "base64url"))
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8")
}
