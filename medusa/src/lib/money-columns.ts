import { centsToDecimalString } from "@portal/integrations"
import type { Row } from "./bulk-upsert"

/** A money column for a Medusa bigNumber field: the numeric value and its raw JSON twin, from exact cents. */
export function money(column: string, cents: number): Row {
  const value = centsToDecimalString(cents)
  return { [column]: value, [`raw_${column}`]: { value, precision: 20 } }
}

/** An ERP order's or document's totals as the sub_total, vat_total and total money columns, and its currency code. */
export function erpTotals(record: { subTotalCents: number; vatCents: number; totalCents: number; currency: string }): Row {
  return {
    ...money("sub_total", record.subTotalCents),
    ...money("vat_total", record.vatCents),
    ...money("total", record.totalCents),
    currency_code: record.currency.toLowerCase(),
  }
}
