import config from "@payload-config"
import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from "@payloadcms/next/routes"

const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config) }
const graphqlHandler = GRAPHQL_POST(config)

/**
 * A request through Payload's own REST route handlers (what the CMS serves at /api), without a server: access
 * rules, endpoints and hooks run as they do for a visitor.
 */
export async function rest(method: keyof typeof handlers, pathAndQuery: string, init: { body?: string; headers?: Record<string, string> } = {}) {
  const url = new URL(`/api/${pathAndQuery}`, "http://cms.test")
  const slug = url.pathname.replace(/^\/api\//, "").split("/").map(decodeURIComponent)
  const request = new Request(url, { method, body: init.body, headers: { "content-type": "application/json", ...init.headers } })
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

/** A GraphQL query as an anonymous visitor (or with the given headers). */
export async function graphql(query: string, headers: Record<string, string> = {}) {
  const request = new Request("http://cms.test/api/graphql", { method: "POST", body: JSON.stringify({ query }), headers: { "content-type": "application/json", ...headers } })
  return (await graphqlHandler(request)).json() as Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }>
}
