/** The message Medusa gave with a refused request (its 4xx messages are written for customers), or a fallback. */
export function messageOf(error: unknown, fallback: string): string {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && message && !/^(fetch failed|Unauthorized)$/i.test(message) ? message : fallback
}
