import type { z } from "@medusajs/framework/zod"
import { dateRangeQuery } from "../../../../lib/validation/dates"

export const StoreGetStatement = dateRangeQuery({})
export type StoreGetStatementType = z.infer<typeof StoreGetStatement>
