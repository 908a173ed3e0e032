import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"

/** Debian packages the test suite drives for real: Chromium for browser tests, and the PDF and XML checkers. */
export const SYSTEM_PACKAGES = [
  { binary: "/usr/bin/chromium", debianPackage: "chromium" },
  { binary: "/usr/bin/pdftotext", debianPackage: "poppler-utils" },
  { binary: "/usr/bin/qpdf", debianPackage: "qpdf" },
  { binary: "/usr/bin/xmllint", debianPackage: "libxml2-utils" },
] as const

/** What the scale topology runs (`npm run start:scale`): Redis for Medusa's Redis modules, nginx in front. */
export const SCALE_PACKAGES = [
  { binary: "/usr/bin/redis-server", debianPackage: "redis-server" },
  { binary: "/usr/sbin/nginx", debianPackage: "nginx" },
] as const

interface SystemPackage {
  binary: string
  debianPackage: string
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0

/**
 * Installs missing system packages with apt-get when running as root; otherwise explains exactly what to install.
 */
export function ensureSystemPackages(log: (line: string) => void, packages: readonly SystemPackage[] = SYSTEM_PACKAGES, neededFor = "The tests"): void {
  const missing = packages.filter((pkg) => !existsSync(pkg.binary))
  if (missing.length === 0) return
  const names = missing.map((pkg) => pkg.debianPackage)
  if (!isRoot) {
    throw new Error(
      `${neededFor} need these system packages: ${names.join(", ")}.\nInstall them with:\n  sudo apt-get update && sudo apt-get install -y ${names.join(" ")}`
    )
  }
  log(`Installing system packages: ${names.join(", ")} (apt-get)…`)
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env })
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...names], { stdio: "inherit", env })
}
