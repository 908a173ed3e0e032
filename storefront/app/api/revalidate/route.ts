import { HELP_CACHE_TAG } from "@portal/integrations/help"
import { HELP_SIGNATURE_HEADER, verifyHelpRequest } from "@portal/integrations/help-signature"
import { revalidateTag } from "next/cache"
import { type NextRequest, NextResponse } from "next/server"

/** Tags the CMS may expire: only the help content's. */
const REVALIDATABLE_TAGS = new Set([HELP_CACHE_TAG])

/**
 * POST /api/revalidate: the CMS says published help content changed (a publish, a scheduled publish, an
 * unpublish, a deletion). Signed with the secret the two share, timestamped against replays; anything else is
 * refused and changes nothing. The help pages' cached data expires at once: the next view reads the CMS.
 */
export async function POST(request: NextRequest) {
  const body = await request.text()
  if (!verifyHelpRequest(process.env.CMS_STOREFRONT_SECRET ?? "", request.headers.get(HELP_SIGNATURE_HEADER), body)) {
    return NextResponse.json({ message: "This request is not signed by the CMS." }, { status: 401 })
  }
  let tags: unknown
  try {
    tags = (JSON.parse(body) as { tags?: unknown }).tags
  } catch {
    return NextResponse.json({ message: "Send the tags to revalidate as JSON." }, { status: 400 })
  }
  if (!Array.isArray(tags) || !tags.length || !tags.every((tag) => typeof tag === "string" && REVALIDATABLE_TAGS.has(tag))) {
    return NextResponse.json({ message: `Only these tags can be revalidated: ${[...REVALIDATABLE_TAGS].join(", ")}.` }, { status: 400 })
  }
  for (const tag of tags as string[]) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: tags })
}
