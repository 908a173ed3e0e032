"use client"

import { useState } from "react"
import { DateRangeFields } from "@/modules/common/components/date-range-fields"
import formStyles from "@/modules/common/components/form.module.css"
import styles from "../templates/invoices.module.css"

const FORMATS = [
  ["xero_bills", "Xero: bills and credit notes (CSV)"],
  ["xero_payments", "Xero: payments as a bank statement (CSV)"],
  ["quickbooks_bills", "QuickBooks Online: bills (CSV)"],
  ["quickbooks_supplier_credits", "QuickBooks Online: supplier credits (CSV)"],
  ["quickbooks_payments", "QuickBooks Online: payments as bank transactions (CSV)"],
  ["ubl", "UBL 2.1 e-invoices (XML, a zip for many)"],
] as const

/** Zip local file headers ("PK\x03\x04"): one per UBL file, so a streamed zip can be counted as it arrives. */
function countZipEntries(chunk: Uint8Array): number {
  let count = 0
  for (let index = 0; index + 3 < chunk.length; index++) {
    if (chunk[index] === 0x50 && chunk[index + 1] === 0x4b && chunk[index + 2] === 0x03 && chunk[index + 3] === 0x04) count++
  }
  return count
}

/**
 * Downloads an export while it streams, counting the rows (CSV lines) or files (zip entries) that have arrived
 * against the total the server announced, then saves it under the server's file name.
 */
export function ExportForm({ defaultFrom, defaultTo }: { defaultFrom: string; defaultTo: string }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function exportRange(form: FormData) {
    setBusy(true)
    setMessage(null)
    setProgress(null)
    const format = String(form.get("format"))
    const query = new URLSearchParams({ from: String(form.get("from")), to: String(form.get("to")) })
    const accountCode = String(form.get("account_code") ?? "").trim()
    if (accountCode) query.set("account_code", accountCode)
    try {
      const response = await fetch(`/account/exports/${format}?${query}`)
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null
        throw new Error(body?.message ?? "The export could not be made. Please try again.")
      }
      const total = Number(response.headers.get("x-export-items") ?? "0")
      const isZip = (response.headers.get("content-type") ?? "").includes("zip")
      const chunks: Uint8Array[] = []
      let done = 0
      const reader = response.body.getReader()
      for (;;) {
        const { value, done: finished } = await reader.read()
        if (finished) break
        chunks.push(value)
        // CSV: one line per row after the header; zip: one header per file.
        done += isZip ? countZipEntries(value) : value.reduce((lines, byte) => lines + (byte === 0x0a ? 1 : 0), 0)
        setProgress({ done: Math.min(isZip ? done : Math.max(done - 1, 0), total), total })
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `export-${format}`
      const link = document.createElement("a")
      link.href = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: response.headers.get("content-type") ?? "application/octet-stream" }))
      link.download = name
      link.click()
      URL.revokeObjectURL(link.href)
      setProgress({ done: total, total })
      setMessage(`Saved ${name} (${total} ${isZip ? "documents" : "rows"}).`)
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form action={exportRange} className={styles.filters} aria-label="Export">
      <label className={formStyles.field}>
        <span>Format</span>
        <select name="format" defaultValue="xero_bills">
          {FORMATS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <DateRangeFields from={defaultFrom} to={defaultTo} required />
      <label className={formStyles.field}>
        <span>Expense account code (optional)</span>
        <input name="account_code" type="text" maxLength={40} placeholder="300" />
      </label>
      <div className={styles.actions}>
        <button type="submit" className={formStyles.submit} disabled={busy}>
          {busy ? "Exporting…" : "Export"}
        </button>
      </div>
      {progress ? (
        <label className={formStyles.field}>
          <span>Progress</span>
          <progress max={progress.total || 1} value={progress.done} />
        </label>
      ) : null}
      <p role="status">{message ?? (progress && busy ? `${progress.done} of ${progress.total}` : "")}</p>
    </form>
  )
}
