import { z } from "@medusajs/framework/zod"
import { TICKET_CATEGORIES, TICKET_CATEGORY_LABEL, TICKET_LIMITS, TICKET_RATINGS, TICKET_STATUSES } from "@portal/integrations/support"

// Refinements keep these sentences: Medusa rewrites min/max messages into "too small, expected at least: '1'".
const text = (what: string, max: number) =>
  z
    .string({ error: `Write ${what}.` })
    .trim()
    .refine((value) => value.length > 0, `Write ${what}.`)
    .refine((value) => value.length <= max, `${what[0]!.toUpperCase()}${what.slice(1)} has at most ${max.toLocaleString("en-ZA")} characters.`)
    .refine((value) => !value.includes("\u0000"), "Remove the invisible control characters and try again.")

// Multipart forms send every field as text: numbers are read from it, an empty field is "not given".
const optionalNumber = (what: string) =>
  z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? undefined : value),
    z.coerce.number({ error: `${what} is a number.` }).int(`${what} is a whole number.`).min(1, `${what} is a number from 1.`).max(999_999_999, `${what} is too large.`).optional()
  )
const optionalText = (max: number) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), z.string().trim().max(max, `At most ${max} characters.`).optional())

export const StoreCreateTicket = z
  .object({
    category: z.enum(TICKET_CATEGORIES, { error: `Choose what it is about: ${Object.values(TICKET_CATEGORY_LABEL).join(", ")}.` }),
    subject: text("a subject", TICKET_LIMITS.subjectMax),
    body: text("your message", TICKET_LIMITS.bodyMax),
    order_no: optionalNumber("The order number"),
    order_line_no: optionalNumber("The order line"),
    invoice_number: z.preprocess(
      (value) => (value === "" || value === null ? undefined : typeof value === "string" ? value.trim().toUpperCase() : value),
      z.string().regex(/^(INV|CRN)\d{1,10}$/, "An invoice or credit note number looks like INV0000123 or CRN0000012.").optional()
    ),
    help_article: optionalText(120),
    search_query: optionalText(100),
  })
  .strict()
  .refine((body) => !body.order_line_no || body.order_no, { message: "Say which order the line is on.", path: ["order_line_no"] })
export type StoreCreateTicketType = z.infer<typeof StoreCreateTicket>

export const StoreListTickets = z
  .object({
    /** "active": open or waiting for the customer; "all" (or none): every status. */
    status: z.enum([...TICKET_STATUSES, "active", "all"], { error: "status is open, waiting_on_customer, resolved, closed, active or all." }).optional(),
    limit: z.coerce.number().int().min(1).max(100, "limit can be at most 100.").default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreListTicketsType = z.infer<typeof StoreListTickets>

export const StoreAddTicketMessage = z.object({ body: text("your message", TICKET_LIMITS.bodyMax) }).strict()
export type StoreAddTicketMessageType = z.infer<typeof StoreAddTicketMessage>

export const StoreRateTicket = z.object({ rating: z.enum(TICKET_RATINGS, { error: "rating is good or bad." }) }).strict()
export type StoreRateTicketType = z.infer<typeof StoreRateTicket>
