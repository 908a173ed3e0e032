import { model } from "@medusajs/framework/utils"

/** The customer actions the portal records. Later features add theirs here. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "auth.timeout",
  "auth.activation_requested",
  "auth.activated",
  "auth.reset_requested",
  "auth.reset_completed",
  "staff.sign_in_failed",
  "profile.updated",
  "profile.email_change_requested",
  "profile.email_changed",
  "profile.email_change_cancelled",
  "address.created",
  "address.updated",
  "address.deleted",
  "order.viewed",
  "order.document_downloaded",
  "order.reordered",
  "order.reorder_submitted",
  "invoice.viewed",
  "invoice.downloaded",
  "statement.viewed",
  "statement.downloaded",
  "export.downloaded",
  "ticket.created",
  "ticket.replied",
  "ticket.rated",
  "account.switched",
  "team.invited",
  "team.invitation_resent",
  "team.invitation_cancelled",
  "team.joined",
  "team.member_changed",
  "team.member_removed",
  "team.person_disabled",
  "team.person_enabled",
  "auth.sso_logout",
  "sso.configured",
  "sso.removed",
  "notifications.preferences_changed",
  "notifications.unsubscribed",
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/**
 * One customer action: who, what, on what, when, from where. Append-only: the table refuses UPDATE and DELETE
 * (a trigger in the migration), so not even a bug in the portal can rewrite the trail.
 */
export const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    /** The Medusa customer, when known (a failed sign-in for an unknown identifier has none). */
    customer_id: model.text().nullable(),
    /** The portal person who acted, when signed in (several people act for one customer account). */
    person_id: model.text().nullable(),
    /** What the actor typed or was known by: email or customer number. */
    actor: model.text().nullable(),
    /** One of AUDIT_ACTIONS; plain text in the table so later features add actions without a migration. */
    action: model.text(),
    target_type: model.text().nullable(),
    target_id: model.text().nullable(),
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
    details: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }, { on: ["person_id", "created_at"] }, { on: ["action", "created_at"] }, { on: ["created_at"] }])
