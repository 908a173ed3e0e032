/**
 * Where to go after signing in. Only paths on this site are followed, so a crafted link cannot send a
 * customer to another site ("//evil.example" and "/\\evil.example" are browsers' ways to leave it).
 */
export function safeNextPath(next: string | null | undefined, fallback = "/account"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback
  return next
}
