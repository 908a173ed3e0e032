import { model } from "@medusajs/framework/utils"

/** One line of an order's ERP status history (ord_status_hist); kept even when a draft is deleted. */
export const ErpStatusChange = model
  .define("erp_status_change", {
    id: model.id({ prefix: "erpsts" }).primaryKey(),
    hist_id: model.number().unique(),
    ord_no: model.number(),
    status: model.enum(["DR", "PE", "CF", "PR", "PK", "SH", "DL", "CN", "HD"]),
    changed_at: model.dateTime(),
    changed_by: model.text(),
    remark: model.text().nullable(),
  })
  .indexes([{ on: ["ord_no", "changed_at"] }])
