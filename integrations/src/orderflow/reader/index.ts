export { PostgresOrderFlowReader, type OrderFlowReader } from "./postgres-reader.js"
export { cleanEmail, scaledInteger } from "./parse.js"
export type * from "./types.js"
