import { type NextRequest, NextResponse } from "next/server"
import { searchPortal } from "@/lib/data/search"

const MAX_QUERY_LENGTH = 100

/**
 * GET /api/search?q=…: the header search box's results as the customer types (help, and when signed in their own
 * orders and invoices). `record=1` when they settled on the search (stopped typing), for the content-gap report.
 */
export async function GET(request: NextRequest) {
  const query = (request.nextUrl.searchParams.get("q") ?? "").trim()
  if (query.length < 2) return NextResponse.json({ message: "Type at least two characters to search." }, { status: 400 })
  if (query.length > MAX_QUERY_LENGTH) return NextResponse.json({ message: `Search for at most ${MAX_QUERY_LENGTH} characters.` }, { status: 400 })
  // The header's panel shows five of each; the search page shows more.
  const result = await searchPortal(query, { record: request.nextUrl.searchParams.get("record") === "1", perGroup: 5 })
  return NextResponse.json(result, { headers: { "cache-control": "private, no-store" } })
}
