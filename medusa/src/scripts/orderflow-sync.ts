import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import type { ExecArgs } from "@medusajs/framework/types"
import { runOrderflowSync } from "../lib/orderflow/sync-runner"
import { orderflowUrl } from "../lib/orderflow/sync-service"

/** `npm run orderflow:sync`: catches up with OrderFlow fully, showing progress, then prints a summary. */
export default async function orderflowSync({ container }: ExecArgs) {
  const reader = new PostgresOrderFlowReader(orderflowUrl())
  let lastPrinted = 0
  try {
    const summary = await runOrderflowSync(container, {
      reader,
      onProgress: (stream, applied) => {
        if (Date.now() - lastPrinted > 1_000) {
          lastPrinted = Date.now()
          process.stdout.write(`\r  ${stream}: ${applied} rows applied   `)
        }
      },
    })
    process.stdout.write("\r")
    console.log(`OrderFlow sync complete in ${(summary.durationMs / 1000).toFixed(1)} s`)
    for (const [stream, applied] of Object.entries(summary.applied)) console.log(`  ${stream.padEnd(10)} ${applied} rows applied`)
    console.log(`  deleted drafts removed: ${summary.deletedDrafts}`)
  } finally {
    await reader.close()
  }
}
