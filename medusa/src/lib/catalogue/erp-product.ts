import type { ErpProduct } from "@portal/integrations/orderflow"

/** The sales channel the portal's carts and reorders sell through; ERP products that are active are in it. */
export const PORTAL_SALES_CHANNEL = "Customer portal"

/** What a Medusa product imported from OrderFlow carries besides its own fields. */
export type ErpProductMetadata = {
  /** Marks the product as OrderFlow's: the admin says so, and the next sync overwrites edits made there. */
  erp_owned: true
  unit: string
  /** VAT in hundredths of a percent, as OrderFlow has it (1500 = 15 %). */
  vat_rate_basis_points: number
  discontinued: boolean
  /** The ERP's change marker the product was last imported at. */
  erp_last_upd: string
}

/** One handle per SKU, so a changed description never changes the product's address. */
export const erpProductHandle = (sku: string) =>
  `sku-${sku.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/(^-|-$)/g, "")}`

export function erpProductMetadata(product: ErpProduct): ErpProductMetadata {
  return {
    erp_owned: true,
    unit: product.uom,
    vat_rate_basis_points: product.vatRateBasisPoints,
    discontinued: !product.active,
    erp_last_upd: product.lastUpd,
  }
}
