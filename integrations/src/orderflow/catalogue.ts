/**
 * The demo wholesaler's catalogue: a food, catering and packaging wholesaler.
 * Both the Medusa seed and the OrderFlow stand-in generator use it, so a SKU means the same product everywhere.
 */
export interface CatalogueProduct {
  sku: string
  description: string
  category: "Food" | "Beverages" | "Catering equipment" | "Packaging" | "Cleaning"
  /** Selling unit, as printed on order lines. */
  unit: string
  /** Price excluding VAT, in cents (ZAR). */
  priceCents: number
  /** Discontinued products stay in the ERP but cannot be reordered. */
  active: boolean
}

export const DEMO_CATALOGUE: readonly CatalogueProduct[] = [
  { sku: "FD-1001", description: "Basmati rice 10 kg", category: "Food", unit: "bag", priceCents: 28_950, active: true },
  { sku: "FD-1002", description: "Cake flour 12.5 kg", category: "Food", unit: "bag", priceCents: 21_499, active: true },
  { sku: "FD-1003", description: "White sugar 10 kg", category: "Food", unit: "bag", priceCents: 23_900, active: true },
  { sku: "FD-1004", description: "Sunflower oil 20 l", category: "Food", unit: "drum", priceCents: 61_250, active: true },
  { sku: "FD-1005", description: "Tinned chopped tomatoes 6 x 2.55 kg", category: "Food", unit: "case", priceCents: 27_600, active: true },
  { sku: "FD-1006", description: "Penne pasta 5 kg", category: "Food", unit: "bag", priceCents: 11_275, active: true },
  { sku: "FD-1007", description: "Frozen chicken portions 10 kg", category: "Food", unit: "box", priceCents: 54_900, active: true },
  { sku: "FD-1008", description: "Cheddar cheese block 2.5 kg", category: "Food", unit: "block", priceCents: 27_435, active: true },
  { sku: "FD-1009", description: "Free-range eggs tray of 30", category: "Food", unit: "tray", priceCents: 8_999, active: true },
  { sku: "FD-1010", description: "Mayonnaise 5 l", category: "Food", unit: "tub", priceCents: 13_450, active: true },
  { sku: "FD-1011", description: "Peri-peri sauce 6 x 1 l", category: "Food", unit: "case", priceCents: 32_400, active: false },
  { sku: "BV-2001", description: "Still water 24 x 500 ml", category: "Beverages", unit: "case", priceCents: 7_488, active: true },
  { sku: "BV-2002", description: "Rooibos tea 200 bags", category: "Beverages", unit: "box", priceCents: 9_150, active: true },
  { sku: "BV-2003", description: "Filter coffee 1 kg", category: "Beverages", unit: "bag", priceCents: 18_900, active: true },
  { sku: "BV-2004", description: "Orange juice 6 x 2 l", category: "Beverages", unit: "case", priceCents: 15_600, active: true },
  { sku: "CE-3001", description: "Chafing dish, stainless steel", category: "Catering equipment", unit: "each", priceCents: 89_900, active: true },
  { sku: "CE-3002", description: "Gastronorm pan 1/1, 65 mm", category: "Catering equipment", unit: "each", priceCents: 24_500, active: true },
  { sku: "CE-3003", description: "Chafing fuel gel 72 x 200 g", category: "Catering equipment", unit: "case", priceCents: 43_200, active: true },
  { sku: "CE-3004", description: "Polycarbonate tumbler 340 ml, 24 pack", category: "Catering equipment", unit: "pack", priceCents: 31_999, active: true },
  { sku: "CE-3005", description: "Banqueting cloth, white 2.3 m", category: "Catering equipment", unit: "each", priceCents: 16_500, active: false },
  { sku: "PK-4001", description: "Kraft takeaway box 500 ml, 300 pack", category: "Packaging", unit: "pack", priceCents: 52_900, active: true },
  { sku: "PK-4002", description: "Paper straws, 250 pack", category: "Packaging", unit: "pack", priceCents: 4_995, active: true },
  { sku: "PK-4003", description: "Cling wrap 450 mm x 1.5 km", category: "Packaging", unit: "roll", priceCents: 38_450, active: true },
  { sku: "PK-4004", description: "Foil container 2 l with lid, 100 pack", category: "Packaging", unit: "pack", priceCents: 27_800, active: true },
  { sku: "PK-4005", description: "Napkins 2-ply 330 mm, 2000 pack", category: "Packaging", unit: "pack", priceCents: 21_250, active: true },
  { sku: "PK-4006", description: "Polystyrene clamshell, 500 pack", category: "Packaging", unit: "pack", priceCents: 19_900, active: false },
  { sku: "CL-5001", description: "Dishwashing liquid 25 l", category: "Cleaning", unit: "drum", priceCents: 34_900, active: true },
  { sku: "CL-5002", description: "Food-safe sanitiser 5 l", category: "Cleaning", unit: "bottle", priceCents: 17_850, active: true },
  { sku: "CL-5003", description: "Nitrile gloves, 100 pack", category: "Cleaning", unit: "box", priceCents: 8_650, active: true },
  { sku: "CL-5004", description: "Blue kitchen towel, 6 rolls", category: "Cleaning", unit: "pack", priceCents: 14_200, active: true },
]
