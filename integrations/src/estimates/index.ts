export * from "./model.js"
export * from "./history.js"
