import { type NextRequest, NextResponse } from "next/server"
import { searchHelp } from "@/lib/data/help"

/** GET /api/help-suggestions?q=…: up to three help articles for what a customer is typing as a ticket's subject. */
export async function GET(request: NextRequest) {
  const query = (request.nextUrl.searchParams.get("q") ?? "").trim()
  if (query.length < 3 || query.length > 120) return NextResponse.json({ hits: [] })
  const result = await searchHelp(query, { limit: 3 })
  return NextResponse.json({ hits: (result?.hits ?? []).map(({ slug, title, summary }) => ({ slug, title, summary })) }, { headers: { "cache-control": "private, no-store" } })
}
