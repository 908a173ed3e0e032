import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { inJohannesburg } from "../lib/format"
import { useAdminJson } from "../lib/use-admin-json"

interface AuditEntry {
  id: string
  action: string
  actor: string | null
  target_type: string | null
  target_id: string | null
  ip: string | null
  user_agent: string | null
  created_at: string
}

/** The customer's recent actions in the portal, on the customer's page in the Medusa admin. */
const CustomerAuditTrailWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, error: failure } = useAdminJson<{ audit_entries: AuditEntry[] }>(`/admin/audit-entries?customer_id=${encodeURIComponent(customer.id)}&limit=25`)
  const entries = data?.audit_entries ?? null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Portal activity</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The latest 25 actions of this customer in the portal (append-only audit trail).
        </Text>
      </div>
      {failure && <Text className="px-6 py-4 text-ui-fg-error">Could not load the audit trail: {failure}</Text>}
      {entries && entries.length === 0 && <Text className="px-6 py-4">No portal activity yet.</Text>}
      {entries && entries.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>When</Table.HeaderCell>
              <Table.HeaderCell>Action</Table.HeaderCell>
              <Table.HeaderCell>On</Table.HeaderCell>
              <Table.HeaderCell>From</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {entries.map((entry) => (
              <Table.Row key={entry.id}>
                <Table.Cell>{inJohannesburg(entry.created_at)}</Table.Cell>
                <Table.Cell>{entry.action}</Table.Cell>
                <Table.Cell>{entry.target_id ? `${entry.target_type ?? ""} ${entry.target_id}` : "—"}</Table.Cell>
                <Table.Cell title={entry.user_agent ?? undefined}>{entry.ip ?? "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerAuditTrailWidget
