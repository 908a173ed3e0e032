import { passwordProblem } from "@portal/integrations/identity"
import type { AuthIdentityDTO, AuthIdentityProviderService, AuthenticationInput, AuthenticationResponse } from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import scrypt from "scrypt-kdf"

const HASH_PARAMETERS = { logN: 15, r: 8, p: 1 }
const FAILED = "That email or customer number and password do not match. First time here? Choose “First time here?” to set your password."
/** Verified against when the identifier is unknown, so a wrong number costs the same time as a wrong password. */
let decoyHash: Promise<Buffer> | null = null

/**
 * Sign-in for imported OrderFlow customers: the identity's entity_id is the customer number (C0001042). The
 * store API's middleware turns an email into that number first, so both reach the same account. Accounts are never
 * registered here: they come from OrderFlow and get their password through an activation link (Medusa's reset
 * mechanism, which calls `update`).
 */
class PortalAuthProviderService extends AbstractAuthModuleProvider {
  static override identifier = "portal"
  static override DISPLAY_NAME = "Email or customer number and password"

  override async authenticate(data: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const { identifier, password } = (data.body ?? {}) as Record<string, unknown>
    if (typeof identifier !== "string" || typeof password !== "string" || !identifier || !password) {
      return { success: false, error: "Enter your email or customer number and your password." }
    }
    let identity: AuthIdentityDTO
    try {
      identity = await identities.retrieve({ entity_id: identifier })
    } catch (error) {
      if ((error as MedusaError).type !== MedusaError.Types.NOT_FOUND) throw error
      await scrypt.verify(await decoy(), password)
      return { success: false, error: FAILED }
    }
    const hash = this.providerIdentity(identity)?.provider_metadata?.password
    if (typeof hash !== "string") {
      await scrypt.verify(await decoy(), password)
      return { success: false, error: FAILED }
    }
    if (!(await scrypt.verify(Buffer.from(hash, "base64"), password))) return { success: false, error: FAILED }
    return { success: true, authIdentity: this.withoutSecrets(identity) }
  }

  override async register(): Promise<AuthenticationResponse> {
    return { success: false, error: "Portal accounts come from OrderFlow. Choose “First time here?” on the sign-in page to set your password." }
  }

  /** Sets a new password (activation or reset); the caller has verified the one-time link. */
  override async update(data: Record<string, unknown>, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const { entity_id: entityId, password } = data
    if (typeof entityId !== "string" || !entityId) return { success: false, error: "The link does not name an account." }
    if (typeof password !== "string") return { success: false, error: "Choose a password." }
    const problem = passwordProblem(password, [entityId])
    if (problem) return { success: false, error: problem }
    const identity = await identities.retrieve({ entity_id: entityId })
    const metadata = this.providerIdentity(identity)?.provider_metadata ?? {}
    const updated = await identities.update(entityId, {
      provider_metadata: {
        ...metadata,
        password: await hashPortalPassword(password),
        password_changed_at: new Date().toISOString(),
      },
    })
    return { success: true, authIdentity: this.withoutSecrets(updated) }
  }

  private providerIdentity(identity: AuthIdentityDTO) {
    return identity.provider_identities?.find((candidate) => candidate.provider === PortalAuthProviderService.identifier)
  }

  private withoutSecrets(identity: AuthIdentityDTO): AuthIdentityDTO {
    const copy = JSON.parse(JSON.stringify(identity)) as AuthIdentityDTO
    const own = this.providerIdentity(copy)
    if (own?.provider_metadata) delete own.provider_metadata.password
    return copy
  }
}

/** The stored form of a password (scrypt, as Medusa's email/password provider stores it). */
export async function hashPortalPassword(password: string): Promise<string> {
  return (await scrypt.kdf(password, HASH_PARAMETERS)).toString("base64")
}

function decoy(): Promise<Buffer> {
  decoyHash ??= scrypt.kdf("decoy password, never valid", HASH_PARAMETERS)
  return decoyHash
}

export default PortalAuthProviderService
