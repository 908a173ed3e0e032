import { HIGHLIGHT_END as END, HIGHLIGHT_START as START } from "@portal/integrations/help"

/**
 * A search headline with its matches marked: the CMS marks them with control characters (never HTML), so the text
 * is rendered by React, escaped, and only the marks become <mark>.
 */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${START}[^${END}]*${END})`, "u"))
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith(START) ? <mark key={index}>{part.slice(1, -1)}</mark> : part.replace(new RegExp(`[${START}${END}]`, "gu"), "")
      )}
    </>
  )
}
