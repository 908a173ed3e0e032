/** Where customers open the portal: links in emails and the identity providers' redirects point there. */
export const storefrontUrl = () => (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
