/** The customer segments the wholesaler sells to, in the words its staff use. */
export type CustomerSegment = "retailer" | "restaurant" | "event_planner" | "individual"

export interface DemoCustomer {
  customerNumber: string
  segment: CustomerSegment
  companyName: string | null
  firstName: string
  lastName: string
  email: string
  phone: string
}

/**
 * One documented demo login per segment (README). The OrderFlow stand-in generator creates the same
 * customer numbers, so these people keep their logins once their data comes from the ERP.
 */
export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  {
    customerNumber: "C0001001",
    segment: "retailer",
    companyName: "Fresh Corner Supermarket",
    firstName: "Pieter",
    lastName: "van der Merwe",
    email: "orders@freshcorner.example",
    phone: "+27 21 555 0101",
  },
  {
    customerNumber: "C0001002",
    segment: "restaurant",
    companyName: "Karoo Kitchen",
    firstName: "Ayesha",
    lastName: "Patel",
    email: "kitchen@karookitchen.example",
    phone: "+27 11 555 0102",
  },
  {
    customerNumber: "C0001003",
    segment: "event_planner",
    companyName: "Jacaranda Events",
    firstName: "Lerato",
    lastName: "Dlamini",
    email: "bookings@jacarandaevents.example",
    phone: "+27 12 555 0103",
  },
  {
    customerNumber: "C0001004",
    segment: "individual",
    companyName: null,
    firstName: "Thandi",
    lastName: "Mokoena",
    email: "thandi.mokoena@example.com",
    phone: "+27 82 555 0104",
  },
]

/** The demo customers' shared password, printed by `npm start` and listed in the README. */
export const DEMO_CUSTOMER_PASSWORD = "portal-demo-2026"
