const hasControlCharacter = (text: string) => [...text].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f)

/** Any origin will do: a path is resolved against it only to see whether it stays on it. */
const PROBE_ORIGIN = "https://portal.invalid"

/**
 * Where to go after signing in: a path on this site, or the fallback. The value is resolved as a browser would
 * resolve it against the portal's own origin, and kept only if it stays there and is written as a plain path:
 * control characters (browsers drop tabs and newlines, so "/\t/evil.example" becomes "//evil.example"),
 * backslashes (browsers read them as slashes), "//" and schemes all go to the fallback.
 */
export function safeNextPath(next: string | null | undefined, fallback = "/account"): string {
  if (!next || next.length > 2000 || !next.startsWith("/")) return fallback
  if (hasControlCharacter(next) || next.includes("\\") || next.startsWith("//")) return fallback
  let resolved: URL
  try {
    resolved = new URL(next, PROBE_ORIGIN)
  } catch {
    return fallback
  }
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`
  // Resolving can itself produce "//host" ("/.//evil.example"): the answer is checked again, as a browser reads it.
  if (resolved.origin !== PROBE_ORIGIN || path.startsWith("//") || path.includes("\\")) return fallback
  return path
}
