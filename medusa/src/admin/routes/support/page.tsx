import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Select, Table, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { inJohannesburg } from "../../lib/format"
import { CATEGORY_LABEL, STATUS_COLOR, STATUS_LABEL, type StaffTicket, ageColor, hoursInWords } from "../../lib/support"
import { useAdminJson } from "../../lib/use-admin-json"

interface Report {
  weeks: number
  per_week: { week: string; category: string; tickets: number }[]
  tickets: number
  answered: number
  resolved: number
  median_first_response_hours: number | null
  median_resolution_hours: number | null
  ratings: { good: number; bad: number }
}

const STATUS_TABS = { active: "open,waiting_on_customer", open: "open", waiting_on_customer: "waiting_on_customer", resolved: "resolved", closed: "closed", all: "" } as const

/** Tickets per week by category, medians and satisfaction over the last eight weeks. */
function SupportReport() {
  const { data } = useAdminJson<{ report: Report }>("/admin/support/report?weeks=8")
  const report = data?.report
  if (!report) return null
  const weeks = [...new Set(report.per_week.map((row) => row.week))]
  const categories = [...new Set(report.per_week.map((row) => row.category))]
  const rated = report.ratings.good + report.ratings.bad
  const figures = [
    ["Tickets (8 weeks)", String(report.tickets)],
    ["Median first answer", report.median_first_response_hours === null ? "—" : `${report.median_first_response_hours} h`],
    ["Median to resolve", report.median_resolution_hours === null ? "—" : `${report.median_resolution_hours} h`],
    ["Satisfied", rated ? `${Math.round((report.ratings.good / rated) * 100)} % of ${rated}` : "no ratings yet"],
  ]
  return (
    <div className="px-6 py-4">
      <Heading level="h2">How fast problems are solved</Heading>
      <dl className="mt-3 grid grid-cols-2 gap-3 md:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-md border px-3 py-2">
            <dt className="text-ui-fg-subtle text-xs">{label}</dt>
            <dd className="text-lg font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      {weeks.length > 0 && (
        <Table className="mt-3">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Week of</Table.HeaderCell>
              {categories.map((category) => (
                <Table.HeaderCell key={category}>{CATEGORY_LABEL[category] ?? category}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {weeks.map((week) => (
              <Table.Row key={week}>
                <Table.Cell>{week}</Table.Cell>
                {categories.map((category) => (
                  <Table.Cell key={category}>{report.per_week.find((row) => row.week === week && row.category === category)?.tickets ?? 0}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}

/** The support inbox: who has waited longest first, coloured against the response target. */
const SupportInboxPage = () => {
  const [params] = useSearchParams()
  const [tab, setTab] = useState<keyof typeof STATUS_TABS>("active")
  const [category, setCategory] = useState("all")
  const [assignee, setAssignee] = useState("all")
  const [olderThan, setOlderThan] = useState("any")
  const [search, setSearch] = useState("")
  const customerId = params.get("customer_id")
  const query = new URLSearchParams({ limit: "100" })
  if (STATUS_TABS[tab]) query.set("status", STATUS_TABS[tab])
  if (category !== "all") query.set("category", category)
  if (assignee !== "all") query.set("assignee", assignee)
  if (olderThan !== "any") query.set("older_than_hours", olderThan)
  if (customerId) query.set("customer_id", customerId)
  if (search.trim()) query.set("q", search.trim())
  const { data, error } = useAdminJson<{ tickets: StaffTicket[]; count: number; response_target_hours: number }>(`/admin/support/tickets?${query}`)
  const { data: users } = useAdminJson<{ users: { id: string; first_name: string | null; last_name: string | null; email: string }[] }>("/admin/users?limit=100&fields=id,first_name,last_name,email")
  const nameOf = (id: string | null) => {
    const user = users?.users.find((candidate) => candidate.id === id)
    return id ? (user ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email : "someone") : "—"
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h1">Support inbox</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Customers&apos; questions and problems. The wait is since the customer last wrote; red is past the {data?.response_target_hours ?? 4}-hour response target.
          </Text>
        </div>
        <Link to="/support/saved-replies" className="text-ui-fg-interactive text-sm">
          Saved replies
        </Link>
      </div>
      <div className="flex flex-wrap items-end gap-3 px-6 py-3">
        <Tabs value={tab} onValueChange={(value) => setTab(value as keyof typeof STATUS_TABS)}>
          <Tabs.List>
            <Tabs.Trigger value="active">To answer</Tabs.Trigger>
            <Tabs.Trigger value="open">Open</Tabs.Trigger>
            <Tabs.Trigger value="waiting_on_customer">Waiting on customer</Tabs.Trigger>
            <Tabs.Trigger value="resolved">Resolved</Tabs.Trigger>
            <Tabs.Trigger value="closed">Closed</Tabs.Trigger>
            <Tabs.Trigger value="all">All</Tabs.Trigger>
          </Tabs.List>
        </Tabs>
        <Select value={category} onValueChange={setCategory}>
          <Select.Trigger aria-label="Category" className="w-48">
            <Select.Value placeholder="Category" />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">All categories</Select.Item>
            {Object.entries(CATEGORY_LABEL).map(([value, label]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select value={assignee} onValueChange={setAssignee}>
          <Select.Trigger aria-label="Assignee" className="w-48">
            <Select.Value placeholder="Assignee" />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">Anyone</Select.Item>
            <Select.Item value="none">Unassigned</Select.Item>
            {users?.users.map((user) => (
              <Select.Item key={user.id} value={user.id}>
                {nameOf(user.id)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select value={olderThan} onValueChange={setOlderThan}>
          <Select.Trigger aria-label="Waiting for" className="w-48">
            <Select.Value placeholder="Waiting for" />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="any">Any wait</Select.Item>
            <Select.Item value="1">Over 1 hour</Select.Item>
            <Select.Item value="4">Over 4 hours</Select.Item>
            <Select.Item value="24">Over a day</Select.Item>
            <Select.Item value="72">Over 3 days</Select.Item>
          </Select.Content>
        </Select>
        <Input size="small" type="search" placeholder="T-1042, subject, customer number" aria-label="Search tickets" value={search} onChange={(event) => setSearch(event.target.value)} />
        {customerId && (
          <Link to="/support" className="text-ui-fg-interactive text-sm">
            One customer only: show all
          </Link>
        )}
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {data && data.tickets.length === 0 && <Text className="px-6 py-4">No tickets here.</Text>}
      {data && data.tickets.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Ticket</Table.HeaderCell>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell>Category</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Assignee</Table.HeaderCell>
              <Table.HeaderCell>Waiting</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.tickets.map((ticket) => (
              <Table.Row key={ticket.id}>
                <Table.Cell className="whitespace-normal">
                  <Link to={`/support/${ticket.id}`} className="text-ui-fg-interactive">
                    {ticket.reference}
                  </Link>{" "}
                  {ticket.subject}
                  {ticket.order_no ? <span className="text-ui-fg-subtle"> · order {ticket.order_no}</span> : null}
                  {ticket.invoice_number ? <span className="text-ui-fg-subtle"> · {ticket.invoice_number}</span> : null}
                </Table.Cell>
                <Table.Cell>
                  <Link to={`/customers/${ticket.customer_id}`}>{ticket.cust_no}</Link>
                  <div className="text-ui-fg-subtle text-xs">{ticket.author_name}</div>
                </Table.Cell>
                <Table.Cell>{CATEGORY_LABEL[ticket.category] ?? ticket.category}</Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOR[ticket.status] ?? "grey"}>{STATUS_LABEL[ticket.status] ?? ticket.status}</Badge>
                </Table.Cell>
                <Table.Cell>{nameOf(ticket.assignee_id)}</Table.Cell>
                <Table.Cell title={`Last message ${inJohannesburg(ticket.last_message_at)}`}>
                  <Badge color={ageColor(ticket.waiting_hours, data.response_target_hours)}>{hoursInWords(ticket.waiting_hours)}</Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <SupportReport />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Support", icon: ChatBubbleLeftRight })

export default SupportInboxPage
