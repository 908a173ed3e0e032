import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { inJohannesburg } from "../lib/format"
import { useAdminJson } from "../lib/use-admin-json"

interface SentNotification {
  id: string
  channel: "email" | "feed"
  to: string
  person_email: string | null
  kind: string | null
  title: string | null
  status: "pending" | "success" | "failure"
  attempts: number
  resent_from: string | null
  created_at: string
}

const STATUS = {
  success: { label: "Sent", color: "green" },
  pending: { label: "Sending", color: "orange" },
  failure: { label: "Failed, retrying", color: "red" },
} as const

const PAGE = 20

/** On the customer page: every email the portal sent the company's people, failed or retried, with a resend button. */
const CustomerNotificationsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const [version, setVersion] = useState(0)
  const [offset, setOffset] = useState(0)
  const url = `/admin/customers/${customer.id}/notifications`
  const { data, error } = useAdminJson<{ notifications: SentNotification[]; count: number }>(`${url}?channel=email&limit=${PAGE}&offset=${offset}&v=${version}`)
  const [busy, setBusy] = useState<string | null>(null)

  const resend = async (notification: SentNotification) => {
    setBusy(notification.id)
    try {
      const response = await fetch(`${url}/${notification.id}/resend`, { method: "POST", credentials: "include" })
      const body = (await response.json()) as { message?: string; notification?: SentNotification }
      if (!response.ok) throw new Error(body.message ?? "The email was not sent")
      if (body.notification?.status === "success") toast.success(`Sent again to ${notification.to}`)
      else toast.warning(`The mail server did not take it yet; it is retried automatically`)
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
        <Heading level="h2">Portal notification emails</Heading>
        {data ? <Text size="small" className="text-ui-fg-subtle">{data.count} email(s)</Text> : null}
      </div>
      {error ? (
        <Text className="px-6 py-4">{error}</Text>
      ) : !data ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : data.notifications.length === 0 ? (
        <Text className="px-6 py-4">No notification emails yet: the portal emails the account&apos;s people when their orders, invoices and payments change.</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Sent</Table.HeaderCell>
                <Table.HeaderCell>To</Table.HeaderCell>
                <Table.HeaderCell>Subject</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.notifications.map((notification) => (
                <Table.Row key={notification.id}>
                  <Table.Cell>{inJohannesburg(notification.created_at)}</Table.Cell>
                  <Table.Cell>{notification.to}</Table.Cell>
                  <Table.Cell>
                    {notification.title ?? notification.kind}
                    {notification.resent_from ? <Text size="xsmall" className="text-ui-fg-subtle">Sent again by staff</Text> : null}
                  </Table.Cell>
                  <Table.Cell>
                    <Badge color={STATUS[notification.status].color}>{STATUS[notification.status].label}</Badge>
                    {notification.attempts > 1 ? <Text size="xsmall" className="text-ui-fg-subtle">{notification.attempts} attempts</Text> : null}
                  </Table.Cell>
                  <Table.Cell>
                    <Button size="small" variant="secondary" isLoading={busy === notification.id} onClick={() => resend(notification)}>
                      Resend
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <div className="flex items-center justify-end gap-x-2 px-6 py-3">
            <Button size="small" variant="transparent" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              Newer
            </Button>
            <Button size="small" variant="transparent" disabled={offset + PAGE >= data.count} onClick={() => setOffset(offset + PAGE)}>
              Older
            </Button>
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerNotificationsWidget
