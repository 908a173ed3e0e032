import { z } from "@medusajs/framework/zod"
import { TICKET_CATEGORIES, TICKET_ERP_REQUEST_KINDS, TICKET_LIMITS, TICKET_STATUSES } from "@portal/integrations/support"

const statusList = z
  .union([z.enum(TICKET_STATUSES), z.array(z.enum(TICKET_STATUSES))], { error: `status is one or more of ${TICKET_STATUSES.join(", ")}.` })
  .transform((value) => (Array.isArray(value) ? value : [value]))

export const AdminListTickets = z
  .object({
    status: z.preprocess((value) => (typeof value === "string" && value.includes(",") ? value.split(",") : value), statusList).optional(),
    category: z.enum(TICKET_CATEGORIES, { error: `category is one of ${TICKET_CATEGORIES.join(", ")}.` }).optional(),
    assignee: z.string().trim().max(100).optional(),
    customer_id: z.string().trim().max(100).optional(),
    order_no: z.coerce.number().int().min(1).max(999_999_999).optional(),
    /** A Medusa order: its OrderFlow number's tickets. */
    order_id: z.string().trim().max(100).optional(),
    older_than_hours: z.coerce.number().int().min(1).max(24 * 365).optional(),
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200, "limit can be at most 200.").default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListTicketsType = z.infer<typeof AdminListTickets>

export const AdminUpdateTicket = z
  .object({
    status: z.enum(TICKET_STATUSES, { error: `status is one of ${TICKET_STATUSES.join(", ")}.` }).optional(),
    assignee_id: z.string().trim().max(100).nullable().optional(),
  })
  .strict()
  .refine((body) => body.status !== undefined || body.assignee_id !== undefined, "Say what to change: status or assignee_id.")
export type AdminUpdateTicketType = z.infer<typeof AdminUpdateTicket>

export const AdminAnswerTicket = z
  .object({
    body: z.string({ error: "Write the answer." }).trim().min(1, "Write the answer.").max(TICKET_LIMITS.bodyMax, `An answer has at most ${TICKET_LIMITS.bodyMax} characters.`),
    // Multipart forms send "true"/"false"; anything else is refused, never taken as a public answer.
    internal: z
      .union([z.boolean(), z.enum(["true", "false"])], { error: "internal is true (a note for staff) or false (an answer the customer gets)." })
      .transform((value) => value === true || value === "true")
      .default(false),
    status: z.enum(TICKET_STATUSES).default("waiting_on_customer"),
  })
  .strict()
export type AdminAnswerTicketType = z.infer<typeof AdminAnswerTicket>

export const AdminRequestErpChange = z
  .object({
    kind: z.enum(TICKET_ERP_REQUEST_KINDS, { error: "kind is credit_note or redelivery." }),
    summary: z.string({ error: "Say what to enter in OrderFlow." }).trim().min(1, "Say what to enter in OrderFlow.").max(1_000),
  })
  .strict()
export type AdminRequestErpChangeType = z.infer<typeof AdminRequestErpChange>

export const AdminSaveSavedReply = z
  .object({
    title: z.string({ error: "Give the saved reply a title." }).trim().min(1, "Give the saved reply a title.").max(80),
    body: z.string({ error: "Write the saved reply." }).trim().min(1, "Write the saved reply.").max(TICKET_LIMITS.bodyMax),
  })
  .strict()
export type AdminSaveSavedReplyType = z.infer<typeof AdminSaveSavedReply>

export const AdminTicketReport = z.object({ weeks: z.coerce.number().int().min(1).max(52).default(8) }).strict()
export type AdminTicketReportType = z.infer<typeof AdminTicketReport>
