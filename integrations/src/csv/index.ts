import { stringify, type Input, type Options, type Stringifier } from "csv-stringify"
import { stringify as stringifyAll } from "csv-stringify/sync"

/** A cell a spreadsheet would run as a formula: it starts with =, +, -, @, a tab or a carriage return (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/
/** A plain number such as "-115.00" is no formula and stays a number in the amount columns. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/

/**
 * CSV formula injection: text that a spreadsheet would evaluate is prefixed with an apostrophe, which Excel,
 * LibreOffice and Google Sheets show as text. Every CSV the portal writes passes its cells through here.
 */
export function neutralizeCsvCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
}

/** The caller's own string cast, if any, runs first; its result is neutralised too. */
const safeOptions = (options: Options = {}): Options => {
  const own = options.cast?.string
  return { ...options, cast: { ...options.cast, string: (value, context) => neutralizeCsvCell(own ? String(own(value, context)) : value) } }
}

/** A streaming CSV writer (csv-stringify) whose text cells cannot become formulas. */
export function csvStringifier(options?: Options): Stringifier {
  return stringify(safeOptions(options))
}

/** Rows as one CSV text, with the same protection. */
export function csvText(rows: Input, options?: Options): string {
  return stringifyAll(rows, safeOptions(options))
}
