/**
 * The demo company's identity provider (OpenID Connect, on oidc-provider), as `npm start` runs it: Karoo Kitchen's
 * people sign in here with the README's password. Settings from the environment the stack passes.
 */
import { DEMO_IDP_USERS, DEMO_SSO_COMPANY, startIdentityProvider } from "@portal/integrations/sso"

const env = (name: string) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set (npm start sets it).`)
  return value
}
const storefront = env("STOREFRONT_URL")
const provider = await startIdentityProvider({
  port: Number(env("DEMO_IDP_PORT")),
  title: DEMO_SSO_COMPANY.displayName,
  users: DEMO_IDP_USERS,
  clients: [
    {
      clientId: DEMO_SSO_COMPANY.clientId,
      clientSecret: env("DEMO_IDP_CLIENT_SECRET"),
      redirectUris: [`${storefront}/sso/callback`],
      postLogoutRedirectUris: [`${storefront}/login?signedOut=1`],
      backChannelLogoutUri: `${env("MEDUSA_BACKEND_URL")}/hooks/sso/back-channel-logout`,
    },
  ],
})
console.log(`demo identity provider: ${provider.issuer}`)
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void provider.close().then(() => process.exit(0)))
