/** A UTC timestamp as staff in South Africa read it. */
export const inJohannesburg = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString("en-ZA", { timeZone: "Africa/Johannesburg", dateStyle: "medium", timeStyle: "medium" }) : "never"

const RAND = new Intl.NumberFormat("en-ZA", { style: "currency", currency: "ZAR" })

/**
 * Integer cents as rand, e.g. "R 1 234,56", formatted from an exact decimal string (never a float). The admin bundle
 * cannot import the CommonJS @portal/integrations package, which has the same function for the portal.
 */
export function rand(cents: number): string {
  const abs = Math.abs(cents)
  return RAND.format(`${cents < 0 ? "-" : ""}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}` as `${number}`)
}
