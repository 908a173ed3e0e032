import type { Knex } from "@medusajs/framework/mikro-orm/knex"

type Binding = Knex.RawBinding
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { TicketCategory, TicketStatus, TicketTopic } from "@portal/integrations/support"

/** Who is reading: a person of a customer account, with what their role and locations let them see. */
export interface TicketViewer {
  customerId: string
  personId: string
  /** Topics the role reads besides the person's own tickets. */
  topics: readonly TicketTopic[]
  /** For a person limited to some delivery addresses, the orders delivered there; null: the whole account's. */
  orderNos: number[] | null
}

export interface TicketSummaryRow {
  id: string
  number: number
  subject: string
  category: TicketCategory
  status: TicketStatus
  order_no: number | null
  invoice_number: string | null
  author_name: string | null
  created_at: Date | string
  updated_at: Date | string
  last_message_at: Date | string
  last_message_from: "customer" | "staff"
}

/** A ticket row as PostgreSQL returns it in JSON (dates as ISO strings). */
export interface TicketRow {
  id: string
  number: number
  customer_id: string
  cust_no: string
  author_person_id: string
  author_name: string | null
  author_email: string | null
  category: TicketCategory
  topic: string
  subject: string
  status: TicketStatus
  order_no: number | null
  order_line_no: number | null
  order_line_description: string | null
  invoice_number: string | null
  help_article: string | null
  search_query: string | null
  assignee_id: string | null
  last_customer_message_at: string
  last_message_at: string
  last_message_from: "customer" | "staff"
  first_response_at: string | null
  resolved_at: string | null
  closed_at: string | null
  rating: "good" | "bad" | null
  rated_at: string | null
  created_at: string
  updated_at: string
}

export interface ThreadMessageRow {
  id: string
  author_type: "customer" | "staff"
  author_name: string
  author_user_id: string | null
  body: string
  internal: boolean
  via: "portal" | "email" | "admin"
  created_at: string
  attachments: { id: string; file_name: string; content_type: string; size_bytes: number }[]
}

export interface InboxFilters {
  status?: TicketStatus[]
  category?: TicketCategory
  /** A staff user's id, or "none" for unassigned. */
  assignee?: string
  customer_id?: string
  order_no?: number
  /** Only tickets whose customer last wrote at least this many hours ago. */
  older_than_hours?: number
  q?: string
  limit: number
  offset: number
}

export interface InboxRow extends TicketSummaryRow {
  customer_id: string
  cust_no: string
  assignee_id: string | null
  last_customer_message_at: Date
  first_response_at: Date | null
  rating: string | null
}

const SUMMARY_COLUMNS = `t.id, t.number, t.subject, t.category, t.status, t.order_no, t.invoice_number, t.author_name, t.created_at, t.updated_at,
  t.last_message_at, t.last_message_from`

/**
 * The support module's reads that need more than filters: who may see which ticket (the author, and by topic the
 * roles that read it, within the person's locations), the staff inbox and the report.
 */
export class TicketQueriesRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  /** `t` visible to the viewer, as SQL and its bindings. */
  private visibleTo(viewer: TicketViewer): { sql: string; bindings: Binding[] } {
    const byTopic = viewer.orderNos === null ? `t.topic = ANY(?::text[])` : `(t.topic = ANY(?::text[]) AND t.order_no = ANY(?::int[]))`
    return {
      sql: `t.customer_id = ? AND t.deleted_at IS NULL AND (t.author_person_id = ? OR ${byTopic})`,
      bindings: [viewer.customerId, viewer.personId, [...viewer.topics], ...(viewer.orderNos === null ? [] : [viewer.orderNos])],
    }
  }

  async listVisible(
    viewer: TicketViewer,
    { status, limit, offset }: { status?: TicketStatus[]; limit: number; offset: number },
    sharedContext?: Context
  ): Promise<{ rows: TicketSummaryRow[]; count: number }> {
    const visible = this.visibleTo(viewer)
    const statusSql = status?.length ? ` AND t.status = ANY(?::text[])` : ""
    const bindings = [...visible.bindings, ...(status?.length ? [status] : [])]
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS total FROM support_ticket t
       WHERE ${visible.sql}${statusSql} ORDER BY t.last_message_at DESC, t.id LIMIT ? OFFSET ?`,
      [...bindings, limit, offset]
    )
    const found = rows as (TicketSummaryRow & { total: number })[]
    if (found.length || offset === 0) return { rows: found, count: found[0]?.total ?? 0 }
    const { rows: counted } = await this.knex(sharedContext).raw(`SELECT count(*)::int AS total FROM support_ticket t WHERE ${visible.sql}${statusSql}`, bindings)
    return { rows: [], count: (counted as { total: number }[])[0]!.total }
  }

  /** The ticket's id when the viewer may see it; null otherwise (the route answers 404 either way). */
  async visibleTicketId(viewer: TicketViewer, ticketId: string, sharedContext?: Context): Promise<string | null> {
    const visible = this.visibleTo(viewer)
    const { rows } = await this.knex(sharedContext).raw(`SELECT t.id FROM support_ticket t WHERE t.id = ? AND ${visible.sql}`, [ticketId, ...visible.bindings])
    return (rows as { id: string }[])[0]?.id ?? null
  }

  /**
   * A ticket and its thread with each message's files, in one query (the thread page is the most opened page of
   * support). `withInternal` false leaves staff's internal notes out in the query itself.
   */
  async thread(ticketId: string, withInternal: boolean, sharedContext?: Context): Promise<{ ticket: TicketRow; messages: ThreadMessageRow[] } | null> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT to_jsonb(t) AS ticket,
         coalesce((SELECT jsonb_agg(jsonb_build_object(
             'id', m.id, 'author_type', m.author_type, 'author_name', m.author_name, 'author_user_id', m.author_user_id, 'body', m.body,
             'internal', m.internal, 'via', m.via, 'created_at', m.created_at,
             'attachments', coalesce((SELECT jsonb_agg(jsonb_build_object('id', a.id, 'file_name', a.file_name, 'content_type', a.content_type, 'size_bytes', a.size_bytes) ORDER BY a.created_at, a.id)
                FROM support_attachment a WHERE a.message_id = m.id AND a.deleted_at IS NULL), '[]'::jsonb)
           ) ORDER BY m.created_at, m.id)
           FROM support_message m WHERE m.ticket_id = t.id AND m.deleted_at IS NULL AND (? OR NOT m.internal)), '[]'::jsonb) AS messages
       FROM support_ticket t WHERE t.id = ? AND t.deleted_at IS NULL`,
      [withInternal, ticketId]
    )
    const found = (rows as { ticket: TicketRow; messages: ThreadMessageRow[] }[])[0]
    return found ?? null
  }

  /** The staff inbox: the longest-waiting customer first. */
  async inbox(filters: InboxFilters, sharedContext?: Context): Promise<{ rows: InboxRow[]; count: number }> {
    const where: string[] = ["t.deleted_at IS NULL"]
    const bindings: Binding[] = []
    const add = (sql: string, ...values: Binding[]) => {
      where.push(sql)
      bindings.push(...values)
    }
    if (filters.status?.length) add("t.status = ANY(?::text[])", filters.status)
    if (filters.category) add("t.category = ?", filters.category)
    if (filters.assignee === "none") add("t.assignee_id IS NULL")
    else if (filters.assignee) add("t.assignee_id = ?", filters.assignee)
    if (filters.customer_id) add("t.customer_id = ?", filters.customer_id)
    if (filters.order_no) add("t.order_no = ?", filters.order_no)
    if (filters.older_than_hours) add("t.last_customer_message_at <= now() - make_interval(hours => ?)", filters.older_than_hours)
    if (filters.q) {
      const like = `%${filters.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
      add("(t.subject ILIKE ? OR t.cust_no = ? OR t.author_email ILIKE ? OR t.number::text = ?)", like, filters.q, like, filters.q.replace(/^t-/i, ""))
    }
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ${SUMMARY_COLUMNS}, t.customer_id, t.cust_no, t.assignee_id, t.last_customer_message_at, t.first_response_at, t.rating,
         count(*) OVER ()::int AS total
       FROM support_ticket t WHERE ${where.join(" AND ")}
       ORDER BY t.last_customer_message_at ASC, t.id LIMIT ? OFFSET ?`,
      [...bindings, filters.limit, filters.offset]
    )
    const found = rows as (InboxRow & { total: number })[]
    return { rows: found, count: found[0]?.total ?? 0 }
  }

  /**
   * The report of the last `weeks` weeks: tickets per week (Monday, Johannesburg) by category, the median hours to a
   * first answer and to resolution, and the ratings.
   */
  async report(weeks: number, sharedContext?: Context) {
    const knex = this.knex(sharedContext)
    const since = `date_trunc('week', (now() AT TIME ZONE 'Africa/Johannesburg')) - make_interval(weeks => ?)`
    const [perWeek, medians, ratings] = await Promise.all([
      knex.raw(
        `SELECT to_char(date_trunc('week', created_at AT TIME ZONE 'Africa/Johannesburg'), 'YYYY-MM-DD') AS week, category, count(*)::int AS tickets
         FROM support_ticket WHERE deleted_at IS NULL AND created_at AT TIME ZONE 'Africa/Johannesburg' >= ${since}
         GROUP BY 1, 2 ORDER BY 1, 2`,
        [weeks - 1]
      ),
      knex.raw(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at)) / 3600 AS first_response_hours,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - created_at)) / 3600 AS resolution_hours,
           count(*)::int AS tickets, count(first_response_at)::int AS answered, count(resolved_at)::int AS resolved
         FROM support_ticket WHERE deleted_at IS NULL AND created_at AT TIME ZONE 'Africa/Johannesburg' >= ${since}`,
        [weeks - 1]
      ),
      knex.raw(
        `SELECT count(*) FILTER (WHERE rating = 'good')::int AS good, count(*) FILTER (WHERE rating = 'bad')::int AS bad
         FROM support_ticket WHERE deleted_at IS NULL AND rated_at IS NOT NULL AND created_at AT TIME ZONE 'Africa/Johannesburg' >= ${since}`,
        [weeks - 1]
      ),
    ])
    const median = (medians.rows as { first_response_hours: number | null; resolution_hours: number | null; tickets: number; answered: number; resolved: number }[])[0]!
    return {
      weeks,
      per_week: perWeek.rows as { week: string; category: TicketCategory; tickets: number }[],
      tickets: median.tickets,
      answered: median.answered,
      resolved: median.resolved,
      median_first_response_hours: median.first_response_hours === null ? null : Math.round(Number(median.first_response_hours) * 10) / 10,
      median_resolution_hours: median.resolution_hours === null ? null : Math.round(Number(median.resolution_hours) * 10) / 10,
      ratings: (ratings.rows as { good: number; bad: number }[])[0]!,
    }
  }

  /** Resolved tickets whose reopen window has passed become closed; answers how many. */
  async closeResolvedBefore(cutoff: Date, sharedContext?: Context): Promise<number> {
    const { rowCount } = await this.knex(sharedContext).raw(
      `UPDATE support_ticket SET status = 'closed', closed_at = now(), updated_at = now() WHERE status = 'resolved' AND resolved_at < ? AND deleted_at IS NULL`,
      [cutoff]
    )
    return rowCount ?? 0
  }
}
