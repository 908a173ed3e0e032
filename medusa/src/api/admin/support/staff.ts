import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/** The signed-in staff member, as a ticket's thread names them to the customer. */
export async function staffMember(req: AuthenticatedMedusaRequest): Promise<{ id: string; name: string }> {
  const id = req.auth_context.actor_id
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id }, { select: ["id", "first_name", "last_name", "email"] })
  const name = [user?.first_name, user?.last_name].filter(Boolean).join(" ") || "Customer support"
  return { id, name }
}
