import { model } from "@medusajs/framework/utils"

/**
 * Where the import of one OrderFlow table stands: the last (last_upd, key) it applied, so a stopped import
 * resumes there, plus what staff see as sync health.
 */
export const SyncCursor = model.define("orderflow_sync_cursor", {
  id: model.id().primaryKey(),
  stream: model.text().unique(),
  last_upd: model.text().nullable(),
  last_key: model.text().nullable(),
  rows_applied: model.bigNumber().default(0),
  last_success_at: model.dateTime().nullable(),
  last_error: model.text().nullable(),
  last_error_at: model.dateTime().nullable(),
})
