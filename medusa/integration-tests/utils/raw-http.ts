import { request } from "node:http"

export interface RawResponse {
  status: number
  body: string
  json: { message?: string; code?: string; type?: string; token?: string } | null
}

/**
 * A request sent exactly as written: header values with the spacing and case an attacker chooses, any method, a
 * path that is not normalised. (fetch and axios tidy some of these up.)
 */
export function rawRequest(baseUrl: string, method: string, path: string, headers: Record<string, string> = {}, body?: unknown, rawBody?: string): Promise<RawResponse> {
  const url = new URL(baseUrl)
  const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body))
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { ...(payload ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(payload)) } : {}), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          let json: RawResponse["json"] = null
          try {
            json = text ? (JSON.parse(text) as RawResponse["json"]) : null
          } catch {
            json = null
          }
          resolve({ status: response.statusCode ?? 0, body: text, json })
        })
      }
    )
    outgoing.on("error", reject)
    if (payload) outgoing.write(payload)
    outgoing.end()
  })
}
