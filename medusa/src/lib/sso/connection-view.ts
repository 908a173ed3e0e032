import type { SsoConnectionRow } from "../../modules/customer-access/repositories/sso-connections"
import { storefrontUrl } from "../storefront-url"

/** Where the identity provider reaches this backend (back-channel logout). */
export const backendUrl = () => (process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.MEDUSA_PORT || 9000}`).replace(/\/+$/, "")

/** The addresses staff register with the company's identity provider for the portal's client. */
export function ssoRegistration() {
  return {
    redirect_uri: `${storefrontUrl()}/sso/callback`,
    post_logout_redirect_uri: `${storefrontUrl()}/login?signedOut=1`,
    back_channel_logout_uri: `${backendUrl()}/hooks/sso/back-channel-logout`,
  }
}

/** A connection as staff see it: everything but the client secret, which is write-only. */
export function ssoConnectionView(connection: SsoConnectionRow) {
  const { client_secret_sealed: _sealed, ...settings } = connection
  return { ...settings, has_client_secret: true, registration: ssoRegistration() }
}
