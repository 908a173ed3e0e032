/**
 * `npm run bench:sso`: single sign-on through the demo company's identity provider (the one `npm start` runs), 200
 * times, 4 people at once. Each sign-in is timed on the portal's side only: starting (the authorization URL), the
 * callback (which includes the portal's own token request to the provider and the id_token checks) and starting
 * the session. The person's time at the provider (its pages, their typing) is not counted. Prints p50/p95/p99 of
 * each step and of the round trip, and the errors. Target: round trip p95 ≤ 300 ms.
 */
import { IdpBrowser } from "../integrations/src/sso/browser-client"
import { DEMO_IDP_PASSWORD, DEMO_IDP_USERS } from "../integrations/src/sso/demo-company"
import { loadConfig } from "../scripts/lib/config"
import { startStack } from "../scripts/lib/stack"

const SIGN_INS = Number(process.env.BENCH_SSO_SIGN_INS ?? 200)
const CONCURRENCY = 4
const WARM_UP = 10
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN)

interface Timing {
  start: number
  callback: number
  session: number
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ ms: number; data: Record<string, unknown> }> {
  const started = performance.now()
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) })
  const data = (await response.json()) as Record<string, unknown>
  const ms = performance.now() - started
  if (!response.ok) throw new Error(`${new URL(url).pathname}: ${response.status} ${String(data.message)}`)
  return { ms, data }
}

export default async function ssoBenchmark() {
  Object.assign(process.env, {
    PORTAL_DATA_DIR: ".data/bench-sso",
    POSTGRES_PORT: "25380",
    MEDUSA_PORT: "25381",
    STOREFRONT_PORT: "25382",
    CMS_PORT: "25383",
    MAILDEV_SMTP_PORT: "25384",
    MAILDEV_WEB_PORT: "25385",
    DEMO_IDP_PORT: "25386",
    SUPPORT_INBOUND_SMTP_PORT: "25387",
    ORDERFLOW_SIMULATOR: "off",
    SSO_STARTS_PER_IP: "100000",
  })
  for (const name of ["DATABASE_URL", "PAYLOAD_DATABASE_URL", "ORDERFLOW_DATABASE_URL", "SMTP_URL", "MEDUSA_BACKEND_URL", "STOREFRONT_URL"]) delete process.env[name]
  console.log("starting the portal (production build, demo data, demo identity provider)…")
  const stack = await startStack(loadConfig(), () => undefined)
  const medusa = stack.config.urls.medusa
  const issuer = stack.config.urls.demoIdp!
  const redirectUri = `${stack.config.urls.storefront}/sso/callback`
  const store = { "x-publishable-api-key": stack.publishableKey }
  const people = DEMO_IDP_USERS
  try {
    const signIn = async (index: number): Promise<Timing> => {
      const person = people[index % people.length]!
      const started = await post(`${medusa}/auth/customer/sso`, { identifier: person.email })
      // At the provider: not counted.
      const params = await new IdpBrowser(issuer).authorize(String(started.data.location), { email: person.email, password: DEMO_IDP_PASSWORD }, redirectUri)
      const callback = await post(`${medusa}/auth/customer/sso/callback?${new URLSearchParams(params)}`, {})
      const session = await post(`${medusa}/store/portal/public/sessions`, {}, { ...store, authorization: `Bearer ${String(callback.data.token)}` })
      return { start: started.ms, callback: callback.ms, session: session.ms }
    }
    for (let index = 0; index < WARM_UP; index += 1) await signIn(index)
    const timings: Timing[] = []
    let errors = 0
    let next = 0
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < SIGN_INS) {
          const index = next++
          try {
            timings.push(await signIn(index))
          } catch (error) {
            errors += 1
            if (errors <= 3) console.log(`  error: ${(error as Error).message}`)
          }
        }
      })
    )
    console.log(`${timings.length} SSO sign-ins (${CONCURRENCY} at once, after ${WARM_UP} to warm up), ${errors} errors; portal side only, ms:`)
    const line = (label: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b)
      console.log(`  ${label.padEnd(40)} p50 ${percentile(sorted, 50).toFixed(1).padStart(6)}   p95 ${percentile(sorted, 95).toFixed(1).padStart(6)}   p99 ${percentile(sorted, 99).toFixed(1).padStart(6)}`)
      return percentile(sorted, 95)
    }
    line("start (authorization URL)", timings.map((timing) => timing.start))
    line("callback (code exchange, id_token, JIT)", timings.map((timing) => timing.callback))
    line("session start", timings.map((timing) => timing.session))
    const p95 = line("round trip", timings.map((timing) => timing.start + timing.callback + timing.session))
    console.log(`  target: round trip p95 ≤ 300 ms → ${p95 <= 300 ? "met" : "NOT met"}`)
  } finally {
    await stack.stop()
  }
}
