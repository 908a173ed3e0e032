import { describe, expect, it } from "vitest"
import { addMonths, averageCents, groupSpend, insightsPeriod, percentChange, productGroupOf, topProducts } from "./index"

describe("spending insights", () => {
  it("compares a period with as many months just before it, across year ends", () => {
    expect(insightsPeriod("2026-01", "2026-12")).toEqual({ from: "2026-01", to: "2026-12", previous_from: "2025-01", previous_to: "2025-12", months: 12 })
    expect(insightsPeriod("2026-02", "2026-04")).toEqual({ from: "2026-02", to: "2026-04", previous_from: "2025-11", previous_to: "2026-01", months: 3 })
    expect(addMonths("2026-01", -1)).toBe("2025-12")
  })

  it("keeps the ten largest products and folds the rest into one line that adds up", () => {
    const products = Array.from({ length: 13 }, (_, index) => ({ sku: `FD-${1000 + index}`, description: `Food ${index}`, net_cents: (index + 1) * 1_000, previous_net_cents: 500 }))
    const top = topProducts(products)
    expect(top).toHaveLength(11)
    expect(top[0]).toMatchObject({ sku: "FD-1012", label: "Food 12 (FD-1012)", net_cents: 13_000 })
    expect(top[10]).toEqual({ sku: "*", label: "All other products (3)", net_cents: 1_000 + 2_000 + 3_000, previous_net_cents: 1_500 })
    expect(top.reduce((sum, product) => sum + product.net_cents, 0)).toBe(products.reduce((sum, product) => sum + product.net_cents, 0))
  })

  it("groups products by the seller's SKU prefix, with credits and adjustments named", () => {
    expect([productGroupOf("BV-2003"), productGroupOf("cl-5001"), productGroupOf("XX-1"), productGroupOf(""), productGroupOf("~adjustment")]).toEqual([
      "Beverages",
      "Cleaning",
      "Other products",
      "Credits not tied to a product",
      "Charges and adjustments",
    ])
    expect(groupSpend([
      { sku: "FD-1", net_cents: 100, previous_net_cents: 0 },
      { sku: "FD-2", net_cents: 50, previous_net_cents: 10 },
      { sku: "", net_cents: -30, previous_net_cents: 0 },
    ])).toEqual([
      { group: "Food", net_cents: 150, previous_net_cents: 10 },
      { group: "Credits not tied to a product", net_cents: -30, previous_net_cents: 0 },
    ])
  })

  it("rounds averages half away from zero in cents and says nothing changed from nothing", () => {
    expect(averageCents(1_001, 2)).toBe(501)
    expect(averageCents(-1_001, 2)).toBe(-501)
    expect(averageCents(5, 0)).toBeNull()
    expect([percentChange(150, 100), percentChange(50, 100), percentChange(10, 0)]).toEqual([50, -50, null])
  })
})
