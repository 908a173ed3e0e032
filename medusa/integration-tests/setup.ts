import { register } from "ts-node"

// Medusa's loaders `require` medusa-config.ts and src/**/*.ts at run time, as `medusa develop` does.
// TypeScript's own transpiler, not swc: swc's native addon, loaded again in each test file's worker thread,
// crashed the process (SIGSEGV) on the third file.
const registered = Symbol.for("portal.ts-node-registered")
const scope = globalThis as { [registered]?: boolean }
if (!scope[registered]) {
  register({ transpileOnly: true, compilerOptions: { module: "commonjs" } })
  scope[registered] = true
}
