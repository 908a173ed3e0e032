/**
 * Signs a customer in through the store API the way the storefront does: Medusa's auth route issues a sign-in
 * token, the portal starts a session with it and returns the session's token (it works while the session lives).
 */
export async function signInCustomer(medusaUrl: string, publishableKey: string, identifier: string, password: string): Promise<string> {
  const login = await fetch(new URL("/auth/customer/portal", medusaUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identifier, password }),
  })
  if (!login.ok) throw new Error(`customer sign-in failed: ${login.status} ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  const session = await fetch(new URL("/store/portal/public/sessions", medusaUrl), {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
    body: JSON.stringify({ identifier }),
  })
  if (!session.ok) throw new Error(`starting the session failed: ${session.status} ${await session.text()}`)
  return ((await session.json()) as { token: string }).token
}
