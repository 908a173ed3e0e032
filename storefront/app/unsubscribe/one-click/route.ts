import { backendConfig } from "@/lib/config"

/**
 * RFC 8058 one-click unsubscribe: mail programs POST `List-Unsubscribe=One-Click` here from the email's
 * List-Unsubscribe header, without a browser. The signed token in the address is the whole authority.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? ""
  const { medusaUrl, publishableKey } = backendConfig()
  const answer = await fetch(`${medusaUrl}/store/portal/public/unsubscribe`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: JSON.stringify({ token, confirm: true }),
    cache: "no-store",
  }).catch(() => null)
  if (!answer) return new Response("The portal could not be reached. Please try again later.", { status: 503 })
  const result = (await answer.json().catch(() => ({}))) as { label?: string; message?: string }
  return new Response(answer.ok ? `Unsubscribed from emails about ${result.label?.toLowerCase()}.` : (result.message ?? "This link does not work."), {
    status: answer.ok ? 200 : answer.status,
    headers: { "content-type": "text/plain; charset=utf-8" },
  })
}
