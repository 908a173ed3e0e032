import { createHash } from "node:crypto"
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ROOT } from "./config"

const SKIPPED = new Set(["node_modules", ".next", ".medusa", "dist", ".data", "coverage", "test-results", ".git"])

/** Files that do not change what a build produces: tests, and files Next.js rewrites on every dev/build run. */
const GENERATED_OR_TEST = /(\.(test|spec)\.tsx?|^next-env\.d\.ts|\.tsbuildinfo)$/

function collectFiles(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) collectFiles(full, out)
    else if (entry.isFile() && !GENERATED_OR_TEST.test(entry.name)) out.push(full)
  }
}

/** A hash of an app's sources and the lockfile: when it changes, the app's build is stale. */
export function sourceHash(appDir: string, extraFiles: string[] = []): string {
  const files: string[] = []
  collectFiles(appDir, files)
  files.push(...extraFiles.filter((file) => existsSync(file)))
  files.sort()
  const hash = createHash("sha256")
  for (const file of files) {
    hash.update(path.relative(ROOT, file))
    hash.update("\0")
    hash.update(readFileSync(file))
    hash.update("\0")
  }
  return hash.digest("hex")
}

export function isBuildCurrent(stampFile: string, hash: string): boolean {
  return existsSync(stampFile) && statSync(stampFile).isFile() && readFileSync(stampFile, "utf8").trim() === hash
}

export function writeStamp(stampFile: string, hash: string): void {
  writeFileSync(stampFile, `${hash}\n`)
}
