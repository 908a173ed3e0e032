import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { inJohannesburg } from "../lib/format"
import { useAdminJson } from "../lib/use-admin-json"

interface Person {
  person_id: string
  email: string
  full_name: string | null
  role: "admin" | "buyer" | "accounts" | "viewer"
  status: "active" | "disabled"
  last_sign_in_at: string | null
}

const ROLE = { admin: "Admin", buyer: "Buyer", accounts: "Accounts", viewer: "Viewer" } as const

/** On the customer page: the company's portal people, their roles and last sign-in; staff change a role or disable a person. */
const CustomerPeopleWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const [version, setVersion] = useState(0)
  const url = `/admin/customers/${customer.id}/people`
  const { data, error } = useAdminJson<{ people: Person[]; open_invitations: number }>(`${url}?v=${version}`)
  const [busy, setBusy] = useState<string | null>(null)

  const change = async (person: Person, update: { status?: Person["status"]; role?: Person["role"] }) => {
    setBusy(person.person_id)
    try {
      const response = await fetch(`${url}/${person.person_id}`, {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(update),
      })
      const body = (await response.json()) as { message?: string; sessions_ended?: number }
      if (!response.ok) throw new Error(body.message ?? "The change was not saved")
      toast.success(
        update.role
          ? `${person.email} is now ${ROLE[update.role]}`
          : update.status === "disabled"
            ? `${person.email} is disabled; ${body.sessions_ended ?? 0} session(s) ended`
            : `${person.email} can sign in again`
      )
      setVersion((value) => value + 1)
    } catch (reason) {
      toast.error((reason as Error).message)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Portal people</Heading>
        {data ? <Text size="small" className="text-ui-fg-subtle">{data.open_invitations} open invitation(s)</Text> : null}
      </div>
      {error ? (
        <Text className="px-6 py-4">{error}</Text>
      ) : !data ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : data.people.length === 0 ? (
        <Text className="px-6 py-4">Nobody has signed in to this account yet. Send an activation link above; whoever activates becomes its Admin.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Person</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell>Last sign-in</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.people.map((person) => (
              <Table.Row key={person.person_id}>
                <Table.Cell>
                  {person.full_name ? `${person.full_name} · ` : ""}
                  {person.email}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <Select size="small" value={person.role} onValueChange={(role) => change(person, { role: role as Person["role"] })} disabled={busy === person.person_id}>
                      <Select.Trigger aria-label={`Role of ${person.email}`}>
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        {Object.entries(ROLE).map(([value, label]) => (
                          <Select.Item key={value} value={value}>
                            {label}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                    {person.status === "disabled" ? <Badge color="red">Disabled</Badge> : null}
                  </div>
                </Table.Cell>
                <Table.Cell>{inJohannesburg(person.last_sign_in_at)}</Table.Cell>
                <Table.Cell>
                  <Button
                    size="small"
                    variant="secondary"
                    isLoading={busy === person.person_id}
                    onClick={() => change(person, { status: person.status === "active" ? "disabled" : "active" })}
                  >
                    {person.status === "active" ? "Disable" : "Enable"}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerPeopleWidget
