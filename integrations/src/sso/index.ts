export * from "./browser-client.js"
export * from "./demo-company.js"
export * from "./identity-provider.js"
