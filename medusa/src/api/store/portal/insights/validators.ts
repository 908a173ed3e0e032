import { z } from "@medusajs/framework/zod"
import { INSIGHTS_MONTHS_BACK, addMonths } from "@portal/integrations/insights"
import { johannesburgDay } from "@portal/integrations/locale"

const month = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${label} must be a month like 2026-03.`)
    .optional()

const thisMonth = () => johannesburgDay().slice(0, 7)
const range = (value: unknown) => value as { from?: string; to?: string }

/**
 * The Insights period: From and To months (the last 12 months when left out), within the last 24 months. The CSV
 * also names the table it carries.
 */
const insightsQuery = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z
    .object({ from: month("From"), to: month("To"), ...shape })
    .strict()
    .refine((value) => !range(value).from || !range(value).to || range(value).from! <= range(value).to!, { message: "From must be on or before To.", path: ["from"] })
    .refine((value) => !range(value).to || range(value).to! <= thisMonth(), { message: "To cannot be a month still to come.", path: ["to"] })
    .refine((value) => !range(value).from || range(value).from! >= addMonths(thisMonth(), 1 - INSIGHTS_MONTHS_BACK), {
      message: `From can go back at most ${INSIGHTS_MONTHS_BACK} months.`,
      path: ["from"],
    })
    .refine((value) => !range(value).to || range(value).to! >= addMonths(thisMonth(), 1 - INSIGHTS_MONTHS_BACK), {
      message: `To can go back at most ${INSIGHTS_MONTHS_BACK} months.`,
      path: ["to"],
    })

export const StoreGetInsights = insightsQuery({})
export type StoreGetInsightsType = z.infer<typeof StoreGetInsights>

export const INSIGHTS_TABLES = ["months", "products", "groups", "locations"] as const
export const StoreGetInsightsCsv = insightsQuery({
  table: z.string().refine((value) => (INSIGHTS_TABLES as readonly string[]).includes(value), "Table is one of months, products, groups or locations."),
})
export type StoreGetInsightsCsvType = z.infer<typeof StoreGetInsightsCsv>

/** The period asked for, or the last 12 months to this one. */
export function chosenPeriod(query: { from?: string; to?: string }): { from: string; to: string } {
  const to = query.to ?? thisMonth()
  const from = query.from ?? (query.to ? addMonths(to, -11) : addMonths(thisMonth(), -11))
  // A From left out must not fall before 24 months back (To is validated not to).
  const earliest = addMonths(thisMonth(), 1 - INSIGHTS_MONTHS_BACK)
  return { from: from < earliest ? earliest : from, to }
}
