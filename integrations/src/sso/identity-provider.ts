import { generateKeyPairSync, type JsonWebKey, randomBytes, timingSafeEqual } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import type { JWK } from "oidc-provider"

/** A person the identity provider knows. */
export interface IdentityProviderUser {
  /** The stable subject (`sub`). */
  id: string
  email: string
  password: string
  name: string
  emailVerified?: boolean
  groups?: string[]
}

export interface IdentityProviderClient {
  clientId: string
  clientSecret: string
  redirectUris: string[]
  postLogoutRedirectUris: string[]
  /** Where the provider posts logout tokens when a person signs out there. */
  backChannelLogoutUri?: string
}

export interface IdentityProviderOptions {
  /** 0: any free port. The issuer is http://localhost:<port>. */
  port?: number
  clients: IdentityProviderClient[]
  users: IdentityProviderUser[]
  /** Heading of the sign-in page. */
  title?: string
  /**
   * Rewrites the token endpoint's successful answers before they leave (tests use it to hand the portal an
   * id_token signed with the provider's key but with claims it must refuse).
   */
  rewriteTokenResponse?: (body: Record<string, unknown>) => Promise<Record<string, unknown>> | Record<string, unknown>
}

export interface RunningIdentityProvider {
  issuer: string
  /** The private signing key (RS256): tests sign tokens the portal must accept or refuse with it. */
  signingKey: JsonWebKey & { kid: string }
  server: Server
  close(): Promise<void>
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}
label{display:block;margin:.75rem 0}input{display:block;width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1rem;padding:.6rem 1rem;font-size:1rem}p.error{color:#a00}</style></head>
<body><main>${body}</main></body></html>`

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > 16_384) throw new Error("form too large")
    chunks.push(chunk as Buffer)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"))
}

const samePassword = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * A small OpenID Connect provider on `oidc-provider` (the certified implementation) for the demo company and the
 * tests: authorization code with PKCE required, email/profile/groups claims in the id_token, RP-initiated logout
 * and back-channel logout. Its sign-in page checks the users' passwords; consent is implied (the portal is the
 * company's own app). Not for production: users and keys live in memory.
 */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  const { default: Provider } = await import("oidc-provider")
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve())
  })
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`
  const signingKey = { ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }), kid: randomBytes(8).toString("hex"), alg: "RS256", use: "sig" }
  const users = new Map(options.users.map((user) => [user.id, user]))
  const title = options.title ?? "Sign in"

  const provider = new Provider(issuer, {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      response_types: ["code"],
      grant_types: ["authorization_code"],
      token_endpoint_auth_method: "client_secret_basic",
      ...(client.backChannelLogoutUri ? { backchannel_logout_uri: client.backChannelLogoutUri, backchannel_logout_session_required: true } : {}),
    })),
    jwks: { keys: [signingKey as JWK] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    pkce: { required: () => true },
    // The portal reads email, groups and name from the id_token.
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    findAccount: (_ctx, id) => {
      const user = users.get(id)
      if (!user) return undefined
      return {
        accountId: id,
        claims: () => ({ sub: id, email: user.email, email_verified: user.emailVerified ?? true, name: user.name, groups: user.groups ?? [] }),
      }
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = page(title, `<h1>Sign out?</h1><p>You are signing out of ${escapeHtml(title)}.</p>${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Sign out</button>`)
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = page(title, "<h1>You are signed out.</h1>")
        },
      },
    },
    // oidc-provider refuses to call loopback addresses (SSRF protection); this provider's only outgoing calls are
    // back-channel logouts to the portal on this machine.
    fetch: (url, init) => globalThis.fetch(url, { ...init, dispatcher: undefined } as RequestInit),
    renderError: (ctx, out) => {
      ctx.type = "html"
      ctx.body = page(title, `<h1>Sign-in error</h1><p class="error">${escapeHtml(String(out.error_description ?? out.error))}</p>`)
    },
  })
  if (options.rewriteTokenResponse) {
    const rewrite = options.rewriteTokenResponse
    provider.use(async (ctx, next) => {
      await next()
      if (ctx.path === "/token" && ctx.status === 200 && ctx.body && typeof ctx.body === "object") ctx.body = await rewrite(ctx.body as Record<string, unknown>)
    })
  }
  const oidc = provider.callback()

  const signInForm = (uid: string, loginHint: string, error?: string) =>
    page(
      title,
      `<h1>${escapeHtml(title)}</h1>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label>Email<input name="email" type="email" autocomplete="username" value="${escapeHtml(loginHint)}" required></label>
<label>Password<input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button></form>`
    )

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string) {
    const details = await provider.interactionDetails(req, res)
    if (details.uid !== uid) throw new Error("interaction mismatch")
    if (details.prompt.name === "consent") {
      // The company's own app: consent is implied, for what the portal asked.
      const accountId = details.session!.accountId
      const clientId = String(details.params.client_id)
      const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId })
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] }
      if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(" "))
      if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims)
      const grantId = await grant!.save()
      return await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true })
    }
    const loginHint = typeof details.params.login_hint === "string" ? details.params.login_hint : ""
    if (req.method !== "POST") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(signInForm(uid, loginHint))
      return
    }
    const form = await formBody(req)
    const email = (form.get("email") ?? "").trim().toLowerCase()
    const user = [...users.values()].find((candidate) => candidate.email.toLowerCase() === email)
    if (!user || !samePassword(form.get("password") ?? "", user.password)) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(signInForm(uid, email, "That email and password do not match."))
      return
    }
    await provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false })
  }

  server.on("request", (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url ?? "/", issuer).pathname)
    if (!match) return oidc(req, res)
    interaction(req, res, match[1]!).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(400, { "content-type": "text/html; charset=utf-8" }).end(page(title, `<p class="error">${escapeHtml(String(error))}</p>`))
    })
  })

  return {
    issuer,
    signingKey,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
