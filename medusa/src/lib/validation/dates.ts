import { z } from "@medusajs/framework/zod"

/** A calendar day like 2026-03-31 that exists (JavaScript rolls 2026-02-30 over to March; PostgreSQL refuses it). */
export const calendarDay = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2026-03-31.`)
    .refine((value) => {
      const parsed = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
    }, `${label} is not a real date.`)

const MAX_RANGE_YEARS = 5
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000

/**
 * A query with a required date range (statements, exports): From on or before To, at most five years long, plus
 * the route's own fields.
 */
export function dateRangeQuery<Shape extends z.ZodRawShape>(shape: Shape) {
  const range = (value: unknown) => value as { from: string; to: string }
  return z
    .object({ from: calendarDay("From"), to: calendarDay("To"), ...shape })
    .strict()
    .refine((value) => range(value).from <= range(value).to, { message: "From must be on or before To.", path: ["from"] })
    .refine((value) => daysBetween(range(value).from, range(value).to) <= MAX_RANGE_YEARS * 366, {
      message: `Choose a range of at most ${MAX_RANGE_YEARS} years.`,
      path: ["to"],
    })
}
