export { DEMO_CATALOGUE, type CatalogueProduct } from "./catalogue.js"
export { DEMO_CUSTOMERS, DEMO_CUSTOMER_PASSWORD, type CustomerSegment, type DemoCustomer } from "./demo-customers.js"
export * from "./reader/index.js"
export { fromErpTimestamp, toErpDate, toErpTimestamp } from "./stand-in/erp-time.js"
