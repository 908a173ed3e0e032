import { execFileSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { pdfDocumentRenderer } from "./pdf-renderer.js"
import type { BusinessDocument } from "./types.js"
import { downloadWatermark } from "./watermark.js"

const document: BusinessDocument = {
  title: "Order confirmation",
  number: "100195",
  seller: { name: "Highveld Wholesale Foods (Pty) Ltd", lines: ["12 Depot Road"], vatNumber: "4123456789" },
  recipient: { name: "Bongi's Bistro", lines: ["Customer 10023", "5 Long Street, Cape Town"] },
  facts: [
    ["Order date", "3 Nov 2026"],
    ["PO reference", "PO-7781"],
  ],
  columns: [{ header: "Product", width: "*" }, { header: "Qty", align: "right" }, { header: "Line total", align: "right" }],
  rows: Array.from({ length: 120 }, (_, index) => [`Sunflower oil 5 L #${index + 1}`, "2", "R 389,90"]),
  totals: [
    ["Subtotal", "R 46 788,00"],
    ["Total", "R 53 806,20"],
  ],
}

function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pdf-")), "document.pdf")
  writeFileSync(file, pdf)
  execFileSync("qpdf", ["--check", file]) // throws on a structurally broken PDF
  return execFileSync("pdftotext", ["-raw", file, "-"]).toString()
}

describe("PDF documents", () => {
  it("renders every line, the totals and the watermark on every page, as extractable text", async () => {
    const watermark = downloadWatermark({ number: "10023", name: "Bongi's Bistro" }, new Date("2026-11-21T08:05:00Z"))
    const pdf = await pdfDocumentRenderer.render(document, watermark)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const text = pdfText(pdf)
    expect(text).toContain("ORDER CONFIRMATION")
    expect(text).toContain("Sunflower oil 5 L #120")
    expect(text).toMatch(/Total\s+R 53 806,20/)
    const pages = text.split("\f").filter((page) => page.trim())
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(page).toContain("Customer 10023 · Bongi's Bistro · downloaded 21 Nov 2026, 10:05 SAST")
  })

  it("prints no watermark on a staff copy", async () => {
    const text = pdfText(await pdfDocumentRenderer.render(document))
    expect(text).not.toContain("downloaded")
    expect(text).toContain("page 1 of")
  })
})
