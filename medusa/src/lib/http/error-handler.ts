import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { TooManyRequestsError } from "./too-many-requests"

const medusaErrorHandler = errorHandler()

/** A PostgreSQL "data exception" (SQLSTATE class 22): a value in the request the database cannot read as its type. */
function isDataException(error: unknown): boolean {
  const state = (error as { code?: unknown; sqlState?: unknown } | null)?.sqlState ?? (error as { code?: unknown } | null)?.code
  return typeof state === "string" && /^22[0-9A-Z]{3}$/.test(state)
}

/**
 * Medusa's error handler, with bad input kept out of the 5xx answers: a value the database cannot read (a negative
 * limit, a date that is none, a NUL byte) and Medusa's own "invalid argument" errors (a query key nested too deep)
 * are the client's mistake and answered 400 with a sentence; and Medusa's validation messages say "an object"
 * where they would print "[object Object]". A limit reached is 429 with Retry-After.
 */
export function portalErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (error instanceof TooManyRequestsError) {
    res.setHeader("Retry-After", String(Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000))))
    res.status(429).json({ type: "too_many_requests", retry_at: error.retryAt.toISOString(), message: error.message })
    return
  }
  let handled = error
  if (isDataException(error)) {
    handled = new MedusaError(MedusaError.Types.INVALID_DATA, "Some values in this request are not valid (a number, date or text the portal cannot read). Check them and try again.")
  } else if (error instanceof MedusaError && error.type === MedusaError.Types.INVALID_ARGUMENT) {
    handled = new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
  }
  if (handled instanceof Error && handled.message.includes("[object Object]")) handled.message = handled.message.replaceAll("'[object Object]'", "an object").replaceAll("[object Object]", "an object")
  return medusaErrorHandler(handled as Error, req, res, next)
}
