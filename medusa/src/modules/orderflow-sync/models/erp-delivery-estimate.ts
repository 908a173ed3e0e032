import { model } from "@medusajs/framework/utils"

/**
 * The portal's delivery estimate for an order not yet delivered, learned from OrderFlow's history of comparable
 * orders (integrations/estimates): recalculated when the order's status changes and every hour (time in a status
 * counts), so order lists and pages read it without working anything out.
 */
export const ErpDeliveryEstimate = model
  .define("erp_delivery_estimate", {
    id: model.id({ prefix: "erpest" }).primaryKey(),
    ord_no: model.number().unique(),
    customer_id: model.text(),
    /** The range, as Johannesburg days (YYYY-MM-DD), and how many comparable orders in 100 arrived within such a range. */
    earliest_date: model.text(),
    latest_date: model.text(),
    coverage_percent: model.number(),
    /** What made past orders comparable, and how many it rests on. */
    based_on: model.number(),
    compared_by: model.json(),
    /** The facts compared: the carrier (known, or the address's usual one), province, weekday observed, status. */
    carrier: model.text().nullable(),
    carrier_known: model.boolean(),
    province: model.text().nullable(),
    weekday: model.number(),
    status: model.text(),
    days_in_status: model.number(),
    /** The range ends after the promised day. */
    running_late: model.boolean(),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["customer_id", "running_late"] }])
