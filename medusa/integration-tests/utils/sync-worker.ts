import type { ExecArgs } from "@medusajs/framework/types"
import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { dispatchPendingCustomerEvents } from "../../src/lib/notifications/dispatcher"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"

/**
 * A worker process of its own for the notifications suite (`medusa exec`, so a test can SIGKILL it): one sync run
 * against SYNC_WORKER_READER_URL, and the dispatch of what it recorded.
 */
export default async function syncWorker({ container }: ExecArgs) {
  const reader = new PostgresOrderFlowReader(process.env.SYNC_WORKER_READER_URL!)
  try {
    await runOrderflowSync(container, { reader })
    await dispatchPendingCustomerEvents(container)
  } finally {
    await reader.close()
  }
}
