/**
 * OrderFlow stores Africa/Johannesburg wall-clock time without a zone. South Africa has kept UTC+2 all year
 * since 1944, so the conversion is a fixed offset.
 */
const JOHANNESBURG_OFFSET_MS = 2 * 60 * 60 * 1000

/** A UTC instant as the ERP writes it: 'YYYY-MM-DD HH:MM:SS' in Johannesburg time. */
export function toErpTimestamp(instant: Date): string {
  return new Date(instant.getTime() + JOHANNESBURG_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ")
}

/** The Johannesburg calendar date of a UTC instant: 'YYYY-MM-DD'. */
export function toErpDate(instant: Date): string {
  return toErpTimestamp(instant).slice(0, 10)
}

/** Reads an ERP timestamp (Johannesburg wall clock, no zone) back into a UTC instant. */
export function fromErpTimestamp(value: string | Date): Date {
  // node-postgres parses TIMESTAMP WITHOUT TIME ZONE as local time of the reading process; use the text form instead.
  const text = typeof value === "string" ? value : toIsoWithoutZone(value)
  const [date, time = "00:00:00"] = text.trim().split(/[ T]/)
  return new Date(Date.parse(`${date}T${time.slice(0, 12)}Z`) - JOHANNESBURG_OFFSET_MS)
}

function toIsoWithoutZone(value: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0")
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())} ${pad(value.getHours())}:${pad(value.getMinutes())}:${pad(value.getSeconds())}.${pad(value.getMilliseconds(), 3)}`
}
