import { type PostgresAdapter, sql } from "@payloadcms/db-postgres"
import { HIGHLIGHT_END, HIGHLIGHT_START, type HelpSearchHit, type HelpSearchResult } from "@portal/integrations/help"
import type { Payload, PayloadRequest } from "payload"

/** A search as it is counted in the content-gap report: lower case, single spaces, at most 100 characters. */
export const normalizedQuery = (query: string) => query.toLowerCase().replace(/\s+/g, " ").trim().slice(0, 100)

const poolOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).pool

/**
 * Each word of the query, and for a word the help centre never uses, the closest one it does use (pg_trgm
 * similarity over help_search_words, a GiST index). Short words are taken as typed.
 */
async function correctWords(payload: Payload, words: string[]): Promise<{ word: string; suggestion: string | null }[]> {
  const { rows } = await poolOf(payload).query<{ word: string; suggestion: string | null }>(
    `SELECT t.word,
            CASE WHEN length(t.word) < 4 OR EXISTS (SELECT 1 FROM help_search_words w WHERE w.word = t.word) THEN NULL
                 ELSE (SELECT w.word FROM help_search_words w WHERE w.word % t.word ORDER BY w.word <-> t.word LIMIT 1) END AS suggestion
       FROM unnest($1::text[]) WITH ORDINALITY AS t(word, position) ORDER BY t.position`,
    [words]
  )
  return rows
}

/** A tsquery over the words (each also matching as a prefix, for results while typing), joined by & or |. */
function tsqueryText(words: { word: string; suggestion: string | null }[], joiner: "&" | "|"): string {
  const quoted = (word: string) => `'${word.replace(/'/g, "''")}'`
  return words.map(({ word, suggestion }) => `(${quoted(word)}:*${suggestion ? ` | ${quoted(suggestion)}` : ""})`).join(` ${joiner} `)
}

/** Counted exactly up to here; beyond, the page says "100+". */
export const COUNT_LIMIT = 100
/** How many articles matching only in their body are ranked: the first found (see the search-head migration). */
const BODY_CANDIDATES = 200

/**
 * Published help articles matching the query, best first: PostgreSQL full-text search (English stemming) after
 * correcting misspelt words. Articles whose title, summary or keywords match come first, ranked over those short
 * vectors; then articles matching in the body, ranked among the first 200 found. All words must match; when no
 * article has them all, any word may. One statement per try. `excerpts`: also quote each article's body where it
 * matches (a third of the statement's time; the results page shows them, the header's instant results do not).
 */
export async function searchHelpArticles(payload: Payload, query: string, limit: number, options: { excerpts?: boolean } = {}): Promise<HelpSearchResult> {
  const words = normalizedQuery(query).split(/[^\p{Letter}\p{Number}]+/u).filter(Boolean).slice(0, 8)
  if (!words.length) return { query, hits: [], total: 0, corrections: [] }
  const corrected = await correctWords(payload, words)
  const corrections = corrected.flatMap(({ word, suggestion }) => (suggestion ? [{ from: word, to: suggestion }] : []))
  for (const joiner of words.length > 1 ? (["&", "|"] as const) : (["&"] as const)) {
    const { rows } = await poolOf(payload).query<HelpSearchHit & { total: number }>(
      `WITH q AS (SELECT to_tsquery('english', $1) AS query),
            head AS (
              SELECT a.id, 1 + ts_rank(a.search_head, q.query) AS rank FROM help_articles a, q
               WHERE a._status = 'published' AND a.search_head @@ q.query
               ORDER BY rank DESC LIMIT $2),
            body AS (
              SELECT a.id, ts_rank(a.search_vector, q.query) AS rank
                FROM (SELECT a.id, a.search_vector FROM help_articles a, q
                       WHERE a._status = 'published' AND a.search_vector @@ q.query AND NOT a.search_head @@ q.query LIMIT $5) a, q
               ORDER BY rank DESC LIMIT $2),
            matched AS (SELECT * FROM head UNION ALL SELECT * FROM body ORDER BY rank DESC LIMIT $2),
            counted AS (SELECT count(*)::int AS total FROM (SELECT 1 FROM help_articles a, q WHERE a._status = 'published' AND a.search_vector @@ q.query LIMIT $6) c)
       SELECT a.id, a.slug, a.title, c.title AS category, counted.total,
              ts_headline('english', a.summary, q.query, $3) AS summary,
              CASE WHEN $7 THEN ts_headline('english', coalesce(a.search_text, ''), q.query, $4) ELSE '' END AS excerpt
         FROM matched m JOIN help_articles a ON a.id = m.id LEFT JOIN help_categories c ON c.id = a.category_id, q, counted
        ORDER BY m.rank DESC, a.title`,
      [
        tsqueryText(corrected, joiner),
        limit,
        `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`,
        `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=1, MaxWords=28, MinWords=12`,
        BODY_CANDIDATES,
        COUNT_LIMIT + 1,
        options.excerpts ?? false,
      ]
    )
    if (rows.length) return { query, hits: rows.map(({ total: _total, ...hit }) => hit), total: rows[0].total, corrections }
  }
  return { query, hits: [], total: 0, corrections }
}

/** Counts a customer's search for the content-gap report (a search that found nothing is a missing article). */
export async function recordHelpSearch(payload: Payload, query: string, resultCount: number): Promise<void> {
  const normalized = normalizedQuery(query)
  if (normalized.length < 2) return
  await poolOf(payload).query(
    `INSERT INTO help_searches (query, times_searched, last_result_count, last_searched_at, updated_at, created_at)
     VALUES ($1, 1, $2, now(), now(), now())
     ON CONFLICT (query) DO UPDATE SET times_searched = help_searches.times_searched + 1, last_result_count = EXCLUDED.last_result_count,
                                       last_searched_at = now(), updated_at = now()`,
    [normalized, resultCount]
  )
}

/**
 * Adds a published article's words to the vocabulary misspellings are corrected to, in the saving transaction.
 * Words are never removed: a word no article uses any more only costs a correction that finds nothing.
 */
export async function addSearchWords(req: PayloadRequest, text: string): Promise<void> {
  const words = [...new Set(text.toLowerCase().split(/[^\p{Letter}\p{Number}]+/u).filter((word) => word.length >= 4 && word.length <= 40))]
  if (!words.length) return
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transactionId = req.transactionID ? await req.transactionID : undefined
  const db = (transactionId && adapter.sessions?.[String(transactionId)]?.db) || adapter.drizzle
  await db.execute(sql`INSERT INTO help_search_words (word) SELECT jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) ON CONFLICT DO NOTHING`)
}
