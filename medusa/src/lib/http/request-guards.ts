import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000")
  if (depth > 20 || value === null || typeof value !== "object") return false
  return Object.entries(value as Record<string, unknown>).some(([key, entry]) => key.includes("\u0000") || containsNul(entry, depth + 1))
}

/**
 * PostgreSQL text can never hold a NUL character, and a query carrying one fails in the database driver itself.
 * Refused at the door, wherever it is (path, query or body), with a sentence instead of a 500.
 */
export function refuseNulCharacters(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.originalUrl.toLowerCase().includes("%00") || containsNul(req.originalUrl) || containsNul(req.query) || containsNul(req.body)) {
    return res.status(400).json({ type: "invalid_data", message: "This request contains a NUL character, which is not allowed in any field. Remove it and try again." })
  }
  next()
}

const PAGE_NUMBER = /^\d{1,9}$/

/**
 * Medusa's list routes pass `limit` and `offset` to the database as they come: a negative or astronomically large
 * one failed there with a 500. Paging values must be whole numbers from 0 to 999,999,999.
 */
export function refuseBadPaging(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  for (const name of ["limit", "offset"] as const) {
    const value = (req.query as Record<string, unknown>)[name]
    if (value !== undefined && !(typeof value === "string" && PAGE_NUMBER.test(value))) {
      return res.status(400).json({ type: "invalid_data", message: `${name} must be a whole number of 0 or more, like ${name === "limit" ? 20 : 0}.` })
    }
  }
  next()
}
