import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

/**
 * One set of design tokens: colours live in styles/globals.css and every CSS module uses them by name, so a
 * colour changes in one place and no page drifts from the others.
 */
const ROOT = path.resolve(import.meta.dirname, "..")
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla)\(|:\s*(?:white|black|red|green|blue|gray|grey)\s*;/gi

function cssModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : cssModules(full)
    return entry.name.endsWith(".module.css") ? [full] : []
  })
}

describe("design tokens", () => {
  it("keeps every colour in globals.css: CSS modules name tokens, never colour literals", () => {
    const files = [...cssModules(path.join(ROOT, "modules")), ...cssModules(path.join(ROOT, "app"))]
    expect(files.length).toBeGreaterThan(10)
    const literals = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) => (line.match(COLOUR_LITERAL) ? [`${path.relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : []))
    )
    expect(literals).toEqual([])
  })

  it("defines every token a CSS module uses", () => {
    const globals = readFileSync(path.join(ROOT, "styles/globals.css"), "utf8")
    const defined = new Set([...globals.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((match) => match[1]))
    const used = cssModules(path.join(ROOT, "modules")).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/var\((--[a-z0-9-]+)/g)].map((match) => match[1]!))
    expect([...new Set(used)].filter((token) => !defined.has(token))).toEqual([])
  })
})
