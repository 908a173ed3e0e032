import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { type RequestOrigin, recordAuditEntryStep } from "../audit/steps/record-audit-entry"
import { type ProvisionSsoMemberInput, provisionSsoMemberStep } from "./steps/provision-sso-member"

export interface SignInWithSsoInput extends ProvisionSsoMemberInput {
  origin: RequestOrigin
}

/**
 * A verified person came back from their company's identity provider: they get (or keep) their place in the
 * account, and a new person, a join or a role the groups mapping changed is recorded. The session itself starts
 * as every sign-in's does (POST /store/portal/public/sessions).
 */
export const signInWithSsoWorkflow = createWorkflow("sign-in-with-sso", (input: SignInWithSsoInput) => {
  const member = provisionSsoMemberStep(transform({ input }, ({ input }) => ({ connection: input.connection, facts: input.facts, authEntityId: input.authEntityId })))
  recordAuditEntryStep(
    transform({ input, member }, ({ input, member }) =>
      member.change === null
        ? null
        : {
            action: member.change === "role_mapped" ? ("team.member_changed" as const) : ("team.joined" as const),
            customer_id: input.connection.customer_id,
            person_id: member.personId,
            actor: member.email,
            target_type: "sso_connection",
            target_id: input.connection.id,
            ...input.origin,
            details: { via: "sso", role: member.role, previous_role: member.previousRole, new_login: member.change === "new_person", groups: input.facts.groups.slice(0, 20) },
          }
    )
  )
  return new WorkflowResponse(member)
})
