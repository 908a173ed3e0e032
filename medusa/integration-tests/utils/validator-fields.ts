import { existsSync } from "node:fs"
import path from "node:path"
import type { RegisteredRoute } from "./routes"

/** The field names a zod schema (v3 or v4: objects, pipes, effects, intersections, factories) accepts. */
export function schemaFieldNames(value: unknown, depth = 0): string[] {
  if (depth > 5 || !value) return []
  if (typeof value === "function") {
    try {
      // Medusa exports some validators as factories taking an optional extension schema.
      return schemaFieldNames((value as () => unknown)(), depth + 1)
    } catch {
      return []
    }
  }
  if (typeof value !== "object") return []
  const shape = (value as { shape?: unknown }).shape
  if (shape && typeof shape === "object") return Object.keys(shape)
  const def = (value as { _zod?: { def?: Record<string, unknown> } })._zod?.def ?? (value as { _def?: Record<string, unknown> })._def
  if (!def) return []
  return ["in", "out", "innerType", "schema", "left", "right"].flatMap((key) => schemaFieldNames(def[key], depth + 1))
}

/**
 * Every field name the validators beside a route (and those of its parent folders, where Medusa keeps a resource's
 * validators) accept: what a fuzzer should try to send it.
 */
export function routeFieldNames(route: RegisteredRoute, apiDirs: { medusa: string; project: string }): string[] {
  const root = route.source === "medusa" ? apiDirs.medusa : apiDirs.project
  const file = route.source === "medusa" ? "validators.js" : "validators.ts"
  const segments = route.path
    .split("/")
    .filter(Boolean)
    .map((segment) => (segment.startsWith(":") ? `[${segment.slice(1)}]` : segment))
  const names = new Set<string>()
  for (let depth = segments.length; depth >= 1; depth--) {
    const candidate = path.join(root, ...segments.slice(0, depth), file)
    if (!existsSync(candidate)) continue
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const exported of Object.values(require(candidate) as Record<string, unknown>)) for (const name of schemaFieldNames(exported)) names.add(name)
  }
  return [...names].sort()
}
