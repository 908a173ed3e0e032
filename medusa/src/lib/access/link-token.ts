import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TokenExpiredError, verify } from "jsonwebtoken"

export type LinkToken<Claims> = { valid: true; claims: Partial<Claims> } | { valid: false; expired: boolean }

/** The claims of a token from an emailed link (activation, reset, email change), checked with the portal's secret. */
export function readLinkToken<Claims>(req: MedusaRequest, token: string): LinkToken<Claims> {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  try {
    return { valid: true, claims: verify(token, http.jwtSecret!, { algorithms: ["HS256"] }) as Partial<Claims> }
  } catch (error) {
    return { valid: false, expired: error instanceof TokenExpiredError }
  }
}
