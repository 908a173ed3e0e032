/**
 * `npm run bench [name…]`: runs the benchmarks and prints their figures. Targets are stated beside each
 * figure; a benchmark reports, it does not fail a build.
 */
const BENCHMARKS: Record<string, () => Promise<{ default: () => Promise<void> }>> = {
  startup: () => import("./startup"),
  import: () => import("./import"),
  "sync-latency": () => import("./sync-latency"),
  orders: () => import("./orders"),
  pages: () => import("./pages"),
  documents: () => import("./documents"),
  sso: () => import("./sso"),
  notifications: () => import("./notifications"),
  help: () => import("./help"),
  tickets: () => import("./tickets"),
  estimates: () => import("./estimates"),
  insights: () => import("./insights"),
  load: () => import("./load"),
}

async function main() {
  const requested = process.argv.slice(2)
  const unknown = requested.filter((name) => !(name in BENCHMARKS))
  if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.join(", ")}; available: ${Object.keys(BENCHMARKS).join(", ")}`)
  for (const name of requested.length > 0 ? requested : Object.keys(BENCHMARKS)) {
    console.log(`\n=== ${name}`)
    const benchmark = await BENCHMARKS[name]!()
    await benchmark.default()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
