export { DEMO_CATALOGUE, type CatalogueProduct } from "./catalogue.js"
