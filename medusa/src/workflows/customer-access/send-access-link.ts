import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createAccessTokenStep } from "./steps/create-access-token"
import { ensurePortalIdentityStep } from "./steps/ensure-portal-identity"

export interface SendAccessLinkInput {
  customerId: string
  customerNumber: string
}

/** Activation links live longer than reset links: staff may send one to an address the customer reads later. */
export const ACTIVATION_LINK_SECONDS = 72 * 3600
/** The same lifetime as Medusa's own forgotten-password links. */
export const RESET_LINK_SECONDS = 15 * 60

/**
 * "First time here?" and staff's "send activation link": emails a one-time link to choose a password — an
 * activation link while the customer has none, else a reset link (the same mail the forgotten-password flow sends).
 */
export const sendAccessLinkWorkflow = createWorkflow("send-customer-access-link", (input: SendAccessLinkInput) => {
  const identity = ensurePortalIdentityStep(input)
  const tokenInput = transform({ input, identity }, ({ input, identity }) => ({
    customerNumber: input.customerNumber,
    intent: identity.hasPassword ? ("reset" as const) : ("activation" as const),
    ttlSeconds: identity.hasPassword ? RESET_LINK_SECONDS : ACTIVATION_LINK_SECONDS,
  }))
  const token = createAccessTokenStep(tokenInput)
  const event = transform({ input, token, tokenInput }, ({ input, token, tokenInput }) => ({
    entity_id: input.customerNumber,
    actor_type: "customer",
    token,
    metadata: { purpose: tokenInput.intent },
  }))
  emitEventStep({ eventName: AuthWorkflowEvents.PASSWORD_RESET, data: event })
  return new WorkflowResponse({ intent: tokenInput.intent })
})
