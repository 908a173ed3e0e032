import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import { seedStaffUser } from "../../src/scripts/seed/staff-user"

const STAFF = { email: "audit-staff@wholesale.example", password: "audit-staff-2026" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the audit trail", () => {
      const audit = () => getContainer().resolve<AuditModuleService>(AUDIT_MODULE)
      let headers: Record<string, string>

      beforeEach(async () => {
        await seedStaffUser(getContainer(), STAFF)
        const { data } = await api.post("/auth/user/emailpass", STAFF)
        headers = { authorization: `Bearer ${data.token}` }
        await audit().record({ action: "auth.sign_in", customer_id: "cus_a", actor: "C0001001", ip: "10.0.0.1", user_agent: "Firefox" })
        await audit().record({ action: "auth.sign_in_failed", customer_id: null, actor: "nobody@example.com", ip: "10.0.0.2" })
        await audit().record({ action: "order.viewed", customer_id: "cus_b", actor: "kitchen@karookitchen.example", target_type: "order", target_id: "order_123" })
      })

      it("lets staff search entries by customer, action, text and date, newest first", async () => {
        const all = await api.get("/admin/audit-entries", { headers })
        expect(all.data.count).toBe(3)
        expect(all.data.audit_entries.map((entry: { action: string }) => entry.action)).toEqual(["order.viewed", "auth.sign_in_failed", "auth.sign_in"])

        const byCustomer = await api.get("/admin/audit-entries?customer_id=cus_a", { headers })
        expect(byCustomer.data.audit_entries).toEqual([expect.objectContaining({ action: "auth.sign_in", actor: "C0001001", ip: "10.0.0.1", user_agent: "Firefox" })])
        const failures = await api.get("/admin/audit-entries?action=auth.sign_in_failed", { headers })
        expect(failures.data.audit_entries.map((entry: { actor: string }) => entry.actor)).toEqual(["nobody@example.com"])
        const text = await api.get("/admin/audit-entries?q=ORDER_1", { headers })
        expect(text.data.audit_entries.map((entry: { target_id: string }) => entry.target_id)).toEqual(["order_123"])
        const future = await api.get("/admin/audit-entries?from=2999-01-01", { headers })
        expect(future.data.count).toBe(0)
      })

      it("answers bad searches with a clear 400 and keeps the trail from customers' and strangers' eyes", async () => {
        for (const query of ["from=yesterday", "limit=5000", "from=2026-02-01&to=2026-01-01", "colour=blue"]) {
          const response = await api.get(`/admin/audit-entries?${query}`, { headers }).catch((error: { response: { status: number; data: { message: unknown } } }) => error.response)
          expect(response.status).toBe(400)
          expect(typeof response.data.message).toBe("string")
        }
        const anonymous = await api.get("/admin/audit-entries").catch((error: { response: { status: number; data: { message: unknown } } }) => error.response)
        expect(anonymous.status).toBe(401)
      })

      it("is append-only: neither the module nor SQL can change or remove an entry", async () => {
        const [entry] = await audit().listAuditEntries({ customer_id: "cus_a" })
        expect(() => audit().updateAuditEntries({ id: entry!.id, actor: "someone else" })).toThrow(/append-only/)
        expect(() => audit().deleteAuditEntries([entry!.id])).toThrow(/append-only/)
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await expect(knex.raw(`UPDATE audit_entry SET actor = 'x' WHERE id = ?`, [entry!.id])).rejects.toThrow(/append-only/)
        await expect(knex.raw(`DELETE FROM audit_entry WHERE id = ?`, [entry!.id])).rejects.toThrow(/append-only/)
        const [after] = await audit().listAuditEntries({ id: entry!.id })
        expect(after!.actor).toBe("C0001001")
      })
    })
  },
})
