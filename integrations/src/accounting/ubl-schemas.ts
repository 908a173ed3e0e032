import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"

/** The OASIS UBL 2.1 schemas vendored in integrations/ubl-2.1 (unchanged, apart from the compression below). */
const ROOT = join(__dirname, "../../ubl-2.1/xsd")
// The 2.4 MB aggregate-components schema is kept gzipped in git and expanded on first use.
const COMPRESSED = ["common/UBL-CommonAggregateComponents-2.1.xsd"]

/**
 * The schema for a UBL document type, ready for `xmllint --schema`. Every import must be present: xmllint only warns
 * about a missing one and then validates too little.
 */
export function ublSchemaPath(document: "Invoice" | "CreditNote"): string {
  for (const file of COMPRESSED) {
    const target = join(ROOT, file)
    if (existsSync(target)) continue
    const partial = `${target}.${process.pid}.tmp`
    writeFileSync(partial, gunzipSync(readFileSync(`${target}.gz`)))
    renameSync(partial, target)
  }
  return join(ROOT, "maindoc", `UBL-${document}-2.1.xsd`)
}
