import { execFileSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"

/** The text of a PDF as pdftotext reads it (whitespace collapsed), after qpdf has checked its structure. */
export function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "portal-pdf-")), "document.pdf")
  writeFileSync(file, pdf)
  execFileSync("qpdf", ["--check", file])
  return execFileSync("pdftotext", ["-raw", file, "-"]).toString().replace(/\s+/g, " ")
}
