/**
 * Support words for the admin. The admin bundle cannot import the CommonJS @portal/integrations package, whose
 * `support` module the backend and storefront use: these mirror TICKET_CATEGORY_LABEL and TICKET_STATUS_STAFF_LABEL
 * (a unit test keeps them equal).
 */
export const CATEGORY_LABEL: Record<string, string> = {
  late_delivery: "Late delivery",
  damaged_goods: "Damaged goods",
  missing_items: "Missing items",
  wrong_items: "Wrong items",
  invoice_query: "Invoice query",
  account: "My account",
  other: "Something else",
}

export const STATUS_LABEL: Record<string, string> = {
  open: "Open",
  waiting_on_customer: "Waiting on customer",
  resolved: "Resolved",
  closed: "Closed",
}

export const STATUS_COLOR: Record<string, "orange" | "blue" | "green" | "grey"> = {
  open: "orange",
  waiting_on_customer: "blue",
  resolved: "green",
  closed: "grey",
}

/** How long the customer has waited, coloured against the response target: green, then orange past half, red past it. */
export function ageColor(hours: number | null, targetHours: number): "green" | "orange" | "red" | "grey" {
  if (hours === null) return "grey"
  if (hours >= targetHours) return "red"
  return hours >= targetHours / 2 ? "orange" : "green"
}

export function hoursInWords(hours: number | null): string {
  if (hours === null) return "answered"
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`
  if (hours < 48) return `${Math.round(hours)} h`
  return `${Math.round(hours / 24)} days`
}

export interface StaffTicket {
  id: string
  reference: string
  subject: string
  category: string
  status: string
  customer_id: string
  cust_no: string
  order_no: number | null
  invoice_number: string | null
  author_name: string | null
  assignee_id: string | null
  last_message_at: string
  last_message_from: "customer" | "staff"
  waiting_hours: number | null
  rating: string | null
}
