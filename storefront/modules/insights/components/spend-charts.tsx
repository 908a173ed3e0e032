"use client"

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

const RAND = new Intl.NumberFormat("en-ZA", { style: "currency", currency: "ZAR" })
const COMPACT_RAND = new Intl.NumberFormat("en-ZA", { style: "currency", currency: "ZAR", notation: "compact", maximumFractionDigits: 1 })
const rand = (cents: number) => RAND.format(cents / 100)
const compactRand = (cents: number) => COMPACT_RAND.format(cents / 100)
const SHORT_MONTH = new Intl.DateTimeFormat("en-ZA", { month: "short", year: "2-digit", timeZone: "UTC" })
const shortMonth = (month: string) => SHORT_MONTH.format(new Date(`${month}-01T00:00:00Z`))
const tooltipValue = (value: unknown) => rand(Number(value))

/** Colours from the portal's tokens: this period in the brand colour, the previous one in the strong border grey. */
const THIS_PERIOD = "var(--color-brand)"
const PREVIOUS_PERIOD = "var(--color-border-strong)"

export interface MonthPoint {
  month: string
  net_cents: number
  previous_net_cents: number
}

/** Net spend month by month, beside the same month a period earlier. */
export function MonthlySpendChart({ months }: { months: MonthPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={months} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--color-border)" />
        <XAxis dataKey="month" tickFormatter={shortMonth} tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={8} />
        <YAxis tickFormatter={compactRand} tick={{ fontSize: 12 }} width={64} />
        <Tooltip formatter={tooltipValue} labelFormatter={(label) => shortMonth(String(label))} />
        <Legend />
        <Bar dataKey="net_cents" name="This period" fill={THIS_PERIOD} isAnimationActive={false} />
        <Bar dataKey="previous_net_cents" name="A period earlier" fill={PREVIOUS_PERIOD} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  )
}

export interface RankedPoint {
  label: string
  net_cents: number
  previous_net_cents: number
}

/** Net spend per product, group or location, largest first, beside the previous period. */
export function RankedSpendChart({ rows }: { rows: RankedPoint[] }) {
  // Long names are cut on the axis (the table has them whole).
  const data = rows.map((row) => ({ ...row, short: row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label }))
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, 40 + data.length * 44)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="var(--color-border)" />
        <XAxis type="number" tickFormatter={compactRand} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="short" width={120} tick={{ fontSize: 12 }} />
        <Tooltip formatter={tooltipValue} />
        <Legend />
        <Bar dataKey="net_cents" name="This period" fill={THIS_PERIOD} isAnimationActive={false} />
        <Bar dataKey="previous_net_cents" name="A period earlier" fill={PREVIOUS_PERIOD} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  )
}
