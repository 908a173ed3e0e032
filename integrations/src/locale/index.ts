/** South Africa's nine provinces, as addresses name them (validation in Medusa, choices in the storefront). */
export const SOUTH_AFRICAN_PROVINCES = [
  "Eastern Cape",
  "Free State",
  "Gauteng",
  "KwaZulu-Natal",
  "Limpopo",
  "Mpumalanga",
  "North West",
  "Northern Cape",
  "Western Cape",
] as const

/** South African postal codes have four digits. */
export const SOUTH_AFRICAN_POSTAL_CODE = /^\d{4}$/

export * from "./format.js"
export * from "./months.js"
