import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"

export interface RegisteredRoute {
  method: string
  /** Like Medusa's matchers: /store/orders/:id */
  path: string
  source: "medusa" | "project"
}

function walk(dir: string, file: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name), file) : file.test(entry.name) ? [path.join(dir, entry.name)] : []
  )
}

function routesIn(apiDir: string, prefix: string, file: RegExp, source: RegisteredRoute["source"]): RegisteredRoute[] {
  const root = path.join(apiDir, prefix)
  return walk(root, file).flatMap((routeFile) => {
    const url = `/${path.relative(apiDir, path.dirname(routeFile)).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, ":$1")
    const methods = new Set([...readFileSync(routeFile, "utf8").matchAll(/export (?:async )?(?:function|const) (GET|POST|PUT|PATCH|DELETE)\b|exports\.(GET|POST|PUT|PATCH|DELETE) =/g)].map((match) => match[1] ?? match[2]!))
    return [...methods].map((method) => ({ method, path: url, source }))
  })
}

/**
 * Every route a customer could call: Medusa's store and auth routes as installed, and every store and admin route
 * this project adds. Read from the files Medusa loads routes from, so a new route file appears here by itself.
 */
export function registeredRoutes(): RegisteredRoute[] {
  const medusaApi = path.join(path.dirname(require.resolve("@medusajs/medusa/package.json")), "dist/api")
  const projectApi = path.join(__dirname, "../../src/api")
  return [
    ...routesIn(medusaApi, "store", /^route\.js$/, "medusa"),
    ...routesIn(medusaApi, "auth", /^route\.js$/, "medusa"),
    ...routesIn(projectApi, "store", /^route\.ts$/, "project"),
    ...routesIn(projectApi, "admin", /^route\.ts$/, "project"),
    ...routesIn(projectApi, "hooks", /^route\.ts$/, "project"),
  ].sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`))
}
