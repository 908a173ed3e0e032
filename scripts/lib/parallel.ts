/** Runs `work` over `items`, at most `limit` at once; the first failure is thrown once the running ones end. */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items]
  let failure: unknown = null
  const worker = async () => {
    while (queue.length > 0 && failure === null) {
      const item = queue.shift()!
      await work(item).catch((error: unknown) => {
        failure ??= error
      })
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure !== null) throw failure
}
