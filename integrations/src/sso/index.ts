export * from "./demo-company.js"
export * from "./identity-provider.js"
