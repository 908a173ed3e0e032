import { ContainerRegistrationKeys, Modules, generateJwtToken } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export interface CreateAccessTokenInput {
  customerNumber: string
  intent: "activation" | "reset"
  ttlSeconds: number
}

/**
 * A one-time link token in Medusa's own reset mechanism (single-use; a newer link replaces older ones), so the
 * same token check serves activation and reset. The `intent` claim tells the two apart.
 */
export const createAccessTokenStep = createStep("create-access-token", async (input: CreateAccessTokenInput, { container }) => {
  const auth = container.resolve(Modules.AUTH)
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const { jti } = await auth.createPasswordResetToken({ provider: "portal", entity_id: input.customerNumber, ttl_seconds: input.ttlSeconds })
  const token = generateJwtToken(
    { entity_id: input.customerNumber, provider: "portal", actor_type: "customer", purpose: "reset", intent: input.intent },
    { secret: http.jwtSecret!, expiresIn: input.ttlSeconds, jwtOptions: { jwtid: jti } }
  )
  return new StepResponse(token, { jti, customerNumber: input.customerNumber })
}, async (created, { container }) => {
  if (!created) return
  await container.resolve(Modules.AUTH).consumePasswordResetToken({ jti: created.jti, provider: "portal", entity_id: created.customerNumber }).catch(() => undefined)
})
