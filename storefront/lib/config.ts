import "server-only"

/** Where the storefront's server finds Medusa and the CMS; read at run time so one build serves any deployment. */
export function backendConfig() {
  return {
    medusaUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY || "",
    cmsUrl: process.env.CMS_URL || "http://localhost:3000",
  }
}
