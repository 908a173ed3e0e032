/**
 * The storefront's Node server: Next.js behind a few lines that record who is calling. Next.js keeps an
 * X-Forwarded-For the visitor wrote and gives pages no socket address, so the address is worked out here, from the
 * socket and only the proxies in TRUSTED_PROXIES (none by default), and handed to the app as x-portal-client-ip
 * (a value a visitor sends under that name is replaced). lib/data/session.ts passes it on to Medusa for its limits and audit trail.
 * Usage: node --import tsx server.mts start|dev --port 8000
 */
import { createServer } from "node:http"
import next from "next"
import { assertTrustedProxies, clientAddress } from "@portal/integrations/http"

const CLIENT_IP_HEADER = "x-portal-client-ip"

assertTrustedProxies()
const [mode = "start", , portText] = process.argv.slice(2)
const port = Number(portText ?? process.env.PORT ?? 8000)
const app = next({ dev: mode === "dev", dir: import.meta.dirname, port })
const handle = app.getRequestHandler()

await app.prepare()
createServer((req, res) => {
  req.headers[CLIENT_IP_HEADER] = clientAddress(req)
  void handle(req, res)
  // STOREFRONT_HOST: 127.0.0.1 behind a proxy on the same host (the scale topology); all interfaces otherwise.
}).listen(port, process.env.STOREFRONT_HOST || undefined, () => console.log(`storefront: ready on port ${port} (${mode})`))
