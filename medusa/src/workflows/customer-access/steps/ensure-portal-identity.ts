import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export interface EnsurePortalIdentityInput {
  customerId: string
  customerNumber: string
}

/**
 * Gives an imported customer their portal sign-in identity (known by customer number, no password yet) if they
 * have none. Returns whether a password is already set: then a link resets it instead of activating.
 */
export const ensurePortalIdentityStep = createStep("ensure-portal-identity", async (input: EnsurePortalIdentityInput, { container }) => {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ provider: "portal", entity_id: input.customerNumber }, { select: ["id", "provider_metadata", "auth_identity_id"] })
  if (existing) return new StepResponse({ hasPassword: typeof existing.provider_metadata?.password === "string" }, null)
  if (!input.customerNumber) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The customer has no customer number")
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "portal", entity_id: input.customerNumber }],
    app_metadata: { customer_id: input.customerId },
  })
  return new StepResponse({ hasPassword: false }, identity.id)
}, async (createdIdentityId, { container }) => {
  if (createdIdentityId) await container.resolve(Modules.AUTH).deleteAuthIdentities([createdIdentityId])
})
