/**
 * A browser's part of single sign-on, over plain HTTP (for the tests and the SSO benchmark): follows the identity provider's redirects with its cookies,
 * fills in its sign-in form, and stops where it would send the browser back to the portal. One `IdpBrowser` is one
 * browser: its cookies keep the provider's session between sign-ins, as a real one would.
 */
export class IdpBrowser {
  private readonly cookies = new Map<string, string>()

  constructor(private readonly issuer: string) {}

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ")
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";")
      const at = pair!.indexOf("=")
      const name = pair!.slice(0, at).trim()
      const value = pair!.slice(at + 1).trim()
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === "") this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const response = await fetch(url, {
      method: init.method ?? "GET",
      redirect: "manual",
      headers: {
        cookie: this.cookieHeader(),
        ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    })
    this.remember(response)
    return response
  }

  /**
   * From the portal's authorization URL to the provider's answer for the portal: signs in with these credentials
   * when the provider asks (it does not when its session is still alive) and returns the callback's query.
   */
  async authorize(location: string, credentials: { email: string; password: string }, redirectUri: string): Promise<Record<string, string>> {
    let url = location
    for (let hop = 0; hop < 12; hop += 1) {
      if (url.startsWith(redirectUri)) return Object.fromEntries(new URL(url).searchParams)
      const response = await this.request(url)
      if (response.status >= 300 && response.status < 400) {
        url = new URL(response.headers.get("location")!, url).href
        continue
      }
      const html = await response.text()
      const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]
      if (response.status !== 200 || !action) throw new Error(`The identity provider answered ${response.status}: ${html.slice(0, 300)}`)
      const posted = await this.request(new URL(action, this.issuer).href, { method: "POST", form: credentials })
      if (posted.status < 300 || posted.status >= 400) throw new Error(`Signing in at the identity provider failed: ${(await posted.text()).slice(0, 300)}`)
      url = new URL(posted.headers.get("location")!, this.issuer).href
    }
    throw new Error("Too many redirects at the identity provider")
  }

  /** Signs out at the identity provider, as a person would on its own logout page (confirms its form). */
  async signOut(endSessionUrl = `${this.issuer}/session/end`): Promise<void> {
    const page = await (await this.request(endSessionUrl)).text()
    const form = /<form[^>]*id="op.logoutForm"[^>]*>([\s\S]*?)<\/form>/.exec(page)
    const action = /<form[^>]*action="([^"]+)"/.exec(form?.[0] ?? "")?.[1]
    if (!form || !action) throw new Error(`No logout form at the identity provider: ${page.slice(0, 300)}`)
    const fields: Record<string, string> = { logout: "yes" }
    for (const input of form[1]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields[input[1]!] = input[2]!
    const done = await this.request(new URL(action, this.issuer).href, { method: "POST", form: fields })
    if (done.status >= 400) throw new Error(`Signing out at the identity provider failed: ${done.status}`)
    // Follow its redirects to the end (the post-logout page), as the browser would.
    let next = done.headers.get("location")
    for (let hop = 0; next && hop < 5 && next.startsWith(this.issuer); hop += 1) next = (await this.request(new URL(next, this.issuer).href)).headers.get("location")
  }
}
