/** A progress callback for long syncs on a terminal: one line, rewritten at most once a second. */
export function terminalProgress(): { onProgress: (stream: string, applied: number) => void; done: () => void } {
  let lastPrinted = 0
  return {
    onProgress: (stream, applied) => {
      if (Date.now() - lastPrinted < 1_000) return
      lastPrinted = Date.now()
      process.stdout.write(`\r  ${stream}: ${applied} rows applied   `)
    },
    done: () => process.stdout.write("\r\x1b[K"),
  }
}
