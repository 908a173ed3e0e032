import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListAuditEntries } from "./admin/audit-entries/validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/audit-entries",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListAuditEntries, {})],
    },
  ],
})
