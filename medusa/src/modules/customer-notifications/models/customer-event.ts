import { model } from "@medusajs/framework/utils"

/**
 * Something that changed for a customer and that people may hear about: the portal's outbox. The sync records an
 * event before it applies the change (idempotently: the same ERP change seen twice is one row), and the dispatcher
 * tells people once it sees the change applied, so neither a crash nor a re-read loses or doubles one. The
 * sequence numbers the live stream's events (`Last-Event-ID`).
 */
export const CustomerEvent = model
  .define("customer_event", {
    id: model.id({ prefix: "cev" }).primaryKey(),
    sequence: model.autoincrement(),
    /** A NotificationKind: "order.on_hold", "shipment.shipped", "invoice.issued"… */
    kind: model.text(),
    customer_id: model.text(),
    entity_type: model.enum(["order", "shipment", "invoice", "payment", "statement"]),
    /** The ERP's number of the order, shipment, document or payment. */
    entity_id: model.text(),
    /** Which version of the entity this is about (the ERP's last_upd, a promised date…): part of the identity. */
    version: model.text(),
    /** The order this is about, if any: its number, and its ERP delivery address for location-limited people. */
    ord_no: model.number().nullable(),
    deliv_addr_id: model.number().nullable(),
    data: model.json(),
    dispatched_at: model.dateTime().nullable(),
    /** "notified", or "expired" when the change never showed up applied. */
    outcome: model.text().nullable(),
  })
  .indexes([
    { on: ["kind", "entity_id", "version"], unique: true },
    { on: ["customer_id", "sequence"] },
    { on: ["sequence"], where: "dispatched_at IS NULL" },
  ])
