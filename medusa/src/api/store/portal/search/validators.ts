import { z } from "@medusajs/framework/zod"

export const StorePortalSearch = z
  .object({
    q: z.string({ error: "Type what to search for." }).trim().min(2, "Type at least two characters to search.").max(100, "Search for at most 100 characters."),
    limit: z.coerce.number().int().min(1).max(20, "Show at most 20 of each.").default(5),
  })
  .strict()
export type StorePortalSearchType = z.infer<typeof StorePortalSearch>
