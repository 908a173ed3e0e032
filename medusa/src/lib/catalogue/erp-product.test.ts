import { describe, expect, it } from "vitest"
import { erpProductHandle, erpProductMetadata } from "./erp-product"

describe("an OrderFlow product in Medusa", () => {
  it("keeps one handle per SKU whatever its description, safe in a URL", () => {
    expect(erpProductHandle("FD-1001")).toBe("sku-fd-1001")
    expect(erpProductHandle(" PK/4001 x ")).toBe("sku-pk-4001-x")
    expect(erpProductHandle("FD-1001")).not.toBe(erpProductHandle("FD-1002"))
  })

  it("marks it as OrderFlow's, with its unit, VAT rate and whether it is discontinued", () => {
    const product = { sku: "FD-1011", descr: "Peri-peri sauce", uom: "CASE", unitPriceCents: 32_400, vatRateBasisPoints: 0, active: false, lastUpd: "2026-11-30 10:00:00.000000" }
    expect(erpProductMetadata(product)).toEqual({ erp_owned: true, unit: "CASE", vat_rate_basis_points: 0, discontinued: true, erp_last_upd: product.lastUpd })
  })
})
