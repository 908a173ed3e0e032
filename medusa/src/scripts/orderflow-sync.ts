import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import type { ExecArgs } from "@medusajs/framework/types"
import { terminalProgress } from "../lib/orderflow/progress"
import { runOrderflowSync } from "../lib/orderflow/sync-runner"
import { orderflowUrl } from "../lib/orderflow/orderflow-url"

/** `npm run orderflow:sync`: catches up with OrderFlow fully, showing progress, then prints a summary. */
export default async function orderflowSync({ container }: ExecArgs) {
  const reader = new PostgresOrderFlowReader(orderflowUrl())
  const progress = terminalProgress()
  try {
    const summary = await runOrderflowSync(container, { reader, onProgress: progress.onProgress })
    progress.done()
    console.log(`OrderFlow sync complete in ${(summary.durationMs / 1000).toFixed(1)} s`)
    for (const [stream, applied] of Object.entries(summary.applied)) console.log(`  ${stream.padEnd(10)} ${applied} rows applied`)
    console.log(`  deleted drafts removed: ${summary.deletedDrafts}`)
  } finally {
    await reader.close()
  }
}
