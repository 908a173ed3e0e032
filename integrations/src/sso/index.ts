export * from "./identity-provider.js"
