import { register } from "ts-node"

// Medusa's loaders `require` medusa-config.ts and src/**/*.ts at run time, as `medusa develop` does.
register({ transpileOnly: true, swc: true, compilerOptions: { module: "commonjs" } })
