import type { PostgresAdapter } from "@payloadcms/db-postgres"
import type { ServerProps } from "payload"

interface GapRow {
  id: number
  query: string
  times_searched: number
  last_searched_at: string
}

interface ArticleFeedbackRow {
  id: number
  title: string
  helpful: number
  not_helpful: number
  comments: number
}

const REPORT_DAYS = 90
const when = (iso: string) => new Intl.DateTimeFormat("en-ZA", { dateStyle: "medium", timeZone: "Africa/Johannesburg" }).format(new Date(iso))

/**
 * The admin dashboard's help-centre report: the searches customers made most often in the last 90 days that
 * found nothing (articles to write), and the articles with the most "not helpful" answers (articles to improve).
 */
export async function ContentGapReport({ payload, user }: ServerProps) {
  if (!user) return null
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const [gaps, feedback] = await Promise.all([
    pool.query<GapRow>(
      `SELECT id, query, times_searched::int, last_searched_at FROM help_searches
        WHERE last_result_count = 0 AND last_searched_at > now() - make_interval(days => $1)
        ORDER BY times_searched DESC, last_searched_at DESC LIMIT 15`,
      [REPORT_DAYS]
    ),
    pool.query<ArticleFeedbackRow>(
      `SELECT a.id, a.title, count(*) FILTER (WHERE f.helpful)::int AS helpful, count(*) FILTER (WHERE NOT f.helpful)::int AS not_helpful,
              count(f.comment)::int AS comments
         FROM help_feedback f JOIN help_articles a ON a.id = f.article_id
        GROUP BY a.id, a.title ORDER BY not_helpful DESC, helpful ASC, a.title LIMIT 10`
    ),
  ])
  return (
    <section className="content-gap-report" aria-labelledby="content-gap-report-title">
      <h2 id="content-gap-report-title">Help centre: what customers could not find</h2>
      {gaps.rows.length === 0 ? (
        <p>No search of the last {REPORT_DAYS} days came back empty.</p>
      ) : (
        <table>
          <caption>Searches that found nothing, last {REPORT_DAYS} days, most frequent first</caption>
          <thead>
            <tr>
              <th scope="col">Search</th>
              <th scope="col">Times</th>
              <th scope="col">Last searched</th>
            </tr>
          </thead>
          <tbody>
            {gaps.rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <a href={`/admin/collections/help-searches/${row.id}`}>{row.query}</a>
                </td>
                <td>{row.times_searched}</td>
                <td>{when(row.last_searched_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Articles by feedback</h2>
      {feedback.rows.length === 0 ? (
        <p>No article has feedback yet.</p>
      ) : (
        <table>
          <caption>“Was this helpful?” answers, least helpful first</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Helpful</th>
              <th scope="col">Not helpful</th>
              <th scope="col">Comments</th>
            </tr>
          </thead>
          <tbody>
            {feedback.rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <a href={`/admin/collections/help-articles/${row.id}`}>{row.title}</a>
                </td>
                <td>{row.helpful}</td>
                <td>{row.not_helpful}</td>
                <td>{row.comments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
