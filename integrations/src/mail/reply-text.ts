/**
 * The new part of an emailed reply: what the person wrote above the quoted history their mail program added. Cut at
 * our own "reply above this line" marker, at "On … wrote:" (and its Outlook and Apple forms), at a forwarded or
 * original-message divider, and without trailing quoted (">") lines or a signature after "-- ".
 */
const HISTORY_STARTS = [
  /^—+\s*Reply above this line/i,
  /^-{2,}\s*Reply above this line/i,
  /^On .{1,200}(wrote|schreef|a écrit|escribió):?\s*$/i,
  /^-{2,}\s*Original Message\s*-{2,}/i,
  /^-{2,}\s*Forwarded message\s*-{2,}/i,
  /^_{5,}\s*$/,
  /^From:\s.+$/i,
  /^Sent from my (iPhone|iPad|Android|phone|mobile)/i,
  /^-- ?$/,
]

export function replyTextOf(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n")
  const kept: string[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const trimmed = line.trim()
    // Gmail wraps a long "On … wrote:" over two lines.
    const joined = `${trimmed} ${lines[index + 1]?.trim() ?? ""}`
    if (HISTORY_STARTS.some((pattern) => pattern.test(trimmed)) || (/^On /i.test(trimmed) && /wrote:\s*$/i.test(joined))) break
    if (trimmed.startsWith(">")) continue
    kept.push(line)
  }
  return kept.join("\n").replace(/\n{3,}/g, "\n\n").trim()
}
