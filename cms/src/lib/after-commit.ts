import type { PostgresAdapter } from "@payloadcms/db-postgres"
import type { PayloadRequest } from "payload"

/**
 * Runs `task` once the request's database transaction has committed (at once when there is none). Collection
 * hooks run inside the transaction: telling the storefront "this changed" from there would let it re-read, and
 * cache, the old content before the commit. A rolled-back transaction runs nothing.
 */
export async function afterCommit(req: PayloadRequest, task: () => Promise<void>): Promise<void> {
  const adapter = req.payload.db as unknown as Pick<PostgresAdapter, "sessions">
  const transactionId = req.transactionID ? await req.transactionID : undefined
  const session = transactionId ? adapter.sessions?.[String(transactionId)] : undefined
  if (!session) {
    await task()
    return
  }
  const commit = session.resolve
  session.resolve = async () => {
    const committed = await commit()
    void task()
    return committed
  }
}
