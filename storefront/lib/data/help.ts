import "server-only"
import { HELP_CACHE_TAG, type HelpPage, type HelpSearchResult } from "@portal/integrations/help"
import { HELP_SIGNATURE_HEADER, signHelpRequest } from "@portal/integrations/help-signature"

export type { HelpSearchResult }
import { backendConfig } from "../config"

export interface HelpCategory {
  id: number
  title: string
  slug: string
  description: string | null
}

export interface HelpArticleSummary {
  id: number
  slug: string
  title: string
  summary: string
  category: HelpCategory | number | null
}

export interface HelpArticle extends HelpArticleSummary {
  bodyHtml: string | null
  outline: { text: string; anchor: string }[] | null
  related: (HelpArticleSummary | number)[] | null
  updatedAt: string
  _status: "draft" | "published"
}

export interface Faq {
  id: number
  question: string
  answer: string
  category: HelpCategory | number | null
}

/** The id of what an article or FAQ is filed under, populated (depth 1) or not (depth 0). */
export const categoryIdOf = (entry: { category: HelpCategory | number | null }) =>
  typeof entry.category === "object" && entry.category ? entry.category.id : entry.category

const SUMMARY_FIELDS = ["slug", "title", "summary", "category"]

/** A CMS address with Payload's query parameters (where[...], select[...]) spelled out. */
function cmsUrl(path: string, params: Record<string, string> = {}): URL {
  const url = new URL(path, backendConfig().cmsUrl)
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value)
  return url
}

/**
 * Published help content, cached by Next.js under the help tag: the CMS tells the storefront when an editor
 * publishes (app/api/revalidate), so pages show a change within seconds and the CMS is not read on every view. An
 * hour's lifetime is the safety net when a notice is lost. A CMS outage yields null: the page says so.
 */
async function cachedFromCms<T>(path: string, params: Record<string, string>): Promise<T | null> {
  try {
    const response = await fetch(cmsUrl(path, params), { next: { tags: [HELP_CACHE_TAG], revalidate: 3600 }, signal: AbortSignal.timeout(5_000) })
    if (!response.ok) return null
    return (await response.json()) as T
  } catch {
    return null
  }
}

const selectFields = (fields: string[]) => Object.fromEntries(fields.map((field) => [`select[${field}]`, "true"]))

export async function listHelpCategories(): Promise<HelpCategory[] | null> {
  const found = await cachedFromCms<{ docs: HelpCategory[] }>("/api/help-categories", { limit: "50", sort: "sortOrder", depth: "0" })
  return found?.docs ?? null
}

/** Every published article's title and summary (the help centre's front page lists them by category). */
export async function listHelpArticles(): Promise<HelpArticleSummary[] | null> {
  const found = await cachedFromCms<{ docs: HelpArticleSummary[] }>("/api/help-articles", {
    limit: "500",
    sort: "title",
    depth: "0",
    "where[_status][equals]": "published",
    ...selectFields(SUMMARY_FIELDS),
  })
  return found?.docs ?? null
}

/** The published FAQs, in their editors' order. */
export async function listFaqs(): Promise<Faq[] | null> {
  const found = await cachedFromCms<{ docs: Faq[] }>("/api/faqs", { limit: "200", sort: "sortOrder", depth: "0", "where[_status][equals]": "published" })
  return found?.docs ?? null
}

/** A published article by its address, with its category and related articles; null when there is none. */
export async function retrieveHelpArticle(slug: string): Promise<HelpArticle | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null
  const found = await cachedFromCms<{ docs: HelpArticle[] }>("/api/help-articles", {
    limit: "1",
    depth: "1",
    "where[slug][equals]": slug,
    "where[_status][equals]": "published",
    ...selectFields([...SUMMARY_FIELDS, "bodyHtml", "outline", "related", "updatedAt", "_status"]),
  })
  return found?.docs[0] ?? null
}

/**
 * The articles editors tagged for a portal page, those for the page's state first (an overdue invoice: what to
 * do), then those that list the page earlier among their own, at most `limit`.
 */
export async function listHelpForPage(pages: HelpPage[], limit = 4): Promise<HelpArticleSummary[]> {
  const found = await cachedFromCms<{ docs: (HelpArticleSummary & { pages: HelpPage[] })[] }>("/api/help-articles", {
    limit: "20",
    depth: "0",
    sort: "title",
    "where[pages][in]": pages.join(","),
    "where[_status][equals]": "published",
    ...selectFields([...SUMMARY_FIELDS, "pages"]),
  })
  // First the articles for the most specific page asked for; among those, the ones that list it earlier themselves.
  const rank = (article: { pages: HelpPage[] }) => {
    const best = Math.min(...article.pages.map((page) => pages.indexOf(page)).filter((index) => index >= 0))
    return best * 100 + article.pages.indexOf(pages[best]!)
  }
  return (found?.docs ?? []).sort((a, b) => rank(a) - rank(b)).slice(0, limit)
}

/** An article's latest draft, for the editor holding a signed preview link (never cached). */
export async function previewHelpArticle(token: string): Promise<HelpArticle | null> {
  try {
    const response = await fetch(cmsUrl(`/api/help-articles/preview/${encodeURIComponent(token)}`), { cache: "no-store", signal: AbortSignal.timeout(5_000) })
    return response.ok ? ((await response.json()) as HelpArticle) : null
  } catch {
    return null
  }
}

/**
 * Help articles matching a search (typos forgiven). `record`: the customer settled on this search, so it counts in
 * the editors' content-gap report; the request is signed so only the storefront can count searches.
 */
export async function searchHelp(query: string, options: { record?: boolean; limit?: number; excerpts?: boolean } = {}): Promise<HelpSearchResult | null> {
  const params: Record<string, string> = { q: query, limit: String(options.limit ?? 8), ...(options.excerpts ? { excerpts: "1" } : {}) }
  const headers: Record<string, string> = {}
  if (options.record) {
    params.record = "1"
    headers[HELP_SIGNATURE_HEADER] = signHelpRequest(process.env.CMS_STOREFRONT_SECRET ?? "", `search:${query}`)
  }
  try {
    const response = await fetch(cmsUrl("/api/help-articles/search", params), { cache: "no-store", headers, signal: AbortSignal.timeout(5_000) })
    return response.ok ? ((await response.json()) as HelpSearchResult) : null
  } catch {
    return null
  }
}
