export { createStandInDatabase, readerUrl, ORDERFLOW_READER, ORDERFLOW_SCHEMA_FILE } from "./database.js"
export { fromErpTimestamp, toErpDate, toErpTimestamp } from "./erp-time.js"
export { generateStandInData, vatOf, type GenerateOptions, type GeneratedCounts, type StandInSize } from "./generate.js"
export { SeededRandom } from "./random.js"
