import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { connectionForEmail } from "../../../../../lib/sso/sign-in"
import type { StoreSignInMethodType } from "./validators"

/**
 * Identifier-first sign-in: how this email signs in. An email whose domain has its company's single sign-on goes
 * there (`sso`, with the button's name and whether passwords are refused); anything else, a customer number
 * included, uses a password. The answer depends on the domain only, never on whether an account exists.
 */
export async function POST(req: MedusaRequest<StoreSignInMethodType>, res: MedusaResponse) {
  const connection = await connectionForEmail(req.scope, req.validatedBody.identifier)
  res.json(
    connection
      ? { method: "sso", sso: { display_name: connection.display_name, required: connection.require_sso } }
      : { method: "password", sso: null }
  )
}
