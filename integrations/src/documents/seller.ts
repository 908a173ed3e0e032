import type { BusinessDocument } from "./types.js"

/** The seller as its documents name it. Deployments set their own details through the environment. */
export function sellerDetails(env: NodeJS.ProcessEnv = process.env): BusinessDocument["seller"] {
  return {
    name: env.SELLER_NAME || "Highveld Wholesale Foods (Pty) Ltd",
    lines: (env.SELLER_ADDRESS || "12 Depot Road, Johannesburg, 2001|accounts@highveld-wholesale.example|011 555 0100").split("|"),
    vatNumber: env.SELLER_VAT_NUMBER || "4123456789",
  }
}
