import { Badge, Button, Container, Heading, Input, Label, Select, Switch, Text, Textarea } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { inJohannesburg } from "../../../lib/format"
import { CATEGORY_LABEL, STATUS_COLOR, STATUS_LABEL } from "../../../lib/support"
import { adminSend, runAdminAction, useAdminJson } from "../../../lib/use-admin-json"

interface Attachment {
  id: string
  file_name: string
  content_type: string
  size_bytes: number
  url: string
}

interface Message {
  id: string
  author_type: "customer" | "staff"
  author_name: string
  body: string
  internal: boolean
  via: "portal" | "email" | "admin"
  created_at: string
  attachments: Attachment[]
}

interface TicketDetail {
  ticket: {
    id: string
    reference: string
    subject: string
    category: string
    status: string
    customer_id: string
    cust_no: string
    author_name: string | null
    author_email: string | null
    order_no: number | null
    order_line_no: number | null
    order_line_description: string | null
    invoice_number: string | null
    help_article: string | null
    search_query: string | null
    assignee_id: string | null
    rating: string | null
    created_at: string
  }
  messages: Message[]
  customer: { id: string; name: string; email: string | null }
  erp_requests: { id: string; kind: string; summary: string; status: string; created_at: string }[]
}

const VIA = { portal: "in the portal", email: "by email", admin: "in the admin" } as const

function MessageCard({ message }: { message: Message }) {
  const tone = message.internal ? "border-ui-tag-orange-border bg-ui-tag-orange-bg" : message.author_type === "staff" ? "bg-ui-bg-subtle" : "bg-ui-bg-base"
  return (
    <li className={`rounded-md border px-4 py-3 ${tone}`}>
      <Text size="small" className="text-ui-fg-subtle">
        <strong>{message.author_name}</strong> {message.internal ? "· internal note, the customer never sees it" : `· ${VIA[message.via]}`} · {inJohannesburg(message.created_at)}
      </Text>
      <Text className="mt-2 whitespace-pre-wrap">{message.body}</Text>
      {message.attachments.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-3">
          {message.attachments.map((file) => (
            <li key={file.id}>
              <a href={file.url} className="text-ui-fg-interactive text-sm" download={file.file_name}>
                {file.content_type.startsWith("image/") ? <img src={file.url} alt={file.file_name} className="mb-1 block h-24 w-auto rounded border" /> : null}
                {file.file_name} ({Math.ceil(file.size_bytes / 1024)} KB)
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

/** One ticket for staff: the thread with internal notes, the answer box with saved replies, assignment, OrderFlow requests. */
const SupportTicketPage = () => {
  const { id } = useParams()
  const { data, error, reload } = useAdminJson<TicketDetail>(`/admin/support/tickets/${encodeURIComponent(id ?? "")}`)
  const { data: saved } = useAdminJson<{ saved_replies: { id: string; title: string; body: string }[] }>("/admin/support/saved-replies")
  const { data: users } = useAdminJson<{ users: { id: string; first_name: string | null; last_name: string | null; email: string }[] }>("/admin/users?limit=100&fields=id,first_name,last_name,email")
  const [body, setBody] = useState("")
  const [internal, setInternal] = useState(false)
  const [after, setAfter] = useState("waiting_on_customer")
  const [files, setFiles] = useState<FileList | null>(null)
  const [erpKind, setErpKind] = useState("credit_note")
  const [erpSummary, setErpSummary] = useState("")
  const [busy, setBusy] = useState(false)

  if (error) return <Container><Text className="text-ui-fg-error">{error}</Text></Container>
  if (!data) return <Container><Text>Loading…</Text></Container>
  const { ticket } = data
  const url = `/admin/support/tickets/${ticket.id}`

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true)
    try {
      return await runAdminAction(work, done, reload)
    } finally {
      setBusy(false)
    }
  }

  const send = async (event: FormEvent) => {
    event.preventDefault()
    const form = new FormData()
    form.set("body", body)
    form.set("internal", String(internal))
    if (!internal) form.set("status", after)
    for (const file of Array.from(files ?? [])) form.append("files", file)
    if (await run(() => adminSend(`${url}/messages`, "POST", form), internal ? "Note added" : "Answer sent")) {
      setBody("")
      setFiles(null)
      ;(event.target as HTMLFormElement).reset()
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            <Link to="/support">Support inbox</Link> / {ticket.reference}
          </Text>
          <Heading level="h1">{ticket.subject}</Heading>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <Badge color={STATUS_COLOR[ticket.status] ?? "grey"}>{STATUS_LABEL[ticket.status]}</Badge>
            <Badge color="grey">{CATEGORY_LABEL[ticket.category] ?? ticket.category}</Badge>
            {ticket.rating ? <Badge color={ticket.rating === "good" ? "green" : "red"}>Rated {ticket.rating === "good" ? "good" : "not good"}</Badge> : null}
          </div>
          <Text size="small" className="mt-2">
            <Link to={`/customers/${data.customer.id}`} className="text-ui-fg-interactive">
              {data.customer.name} ({ticket.cust_no})
            </Link>{" "}
            · asked by {ticket.author_name} {ticket.author_email ? `<${ticket.author_email}>` : ""} · {inJohannesburg(ticket.created_at)}
          </Text>
          <Text size="small">
            {ticket.order_no ? `Order ${ticket.order_no}` : ""}
            {ticket.order_line_no ? `, line ${ticket.order_line_no}: ${ticket.order_line_description}` : ""}
            {ticket.invoice_number ? ` Invoice ${ticket.invoice_number}` : ""}
            {ticket.help_article ? ` From help article "${ticket.help_article}"` : ""}
            {ticket.search_query ? ` After searching "${ticket.search_query}"` : ""}
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-4 px-6 py-3">
          <div>
            <Label htmlFor="assignee">Assigned to</Label>
            <Select value={ticket.assignee_id ?? "none"} onValueChange={(value) => run(() => adminSend(url, "POST", { assignee_id: value === "none" ? null : value }), "Assigned")}>
              <Select.Trigger id="assignee">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="none">Nobody</Select.Item>
                {users?.users.map((user) => (
                  <Select.Item key={user.id} value={user.id}>
                    {[user.first_name, user.last_name].filter(Boolean).join(" ") || user.email}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label htmlFor="status">Status</Label>
            <Select value={ticket.status} onValueChange={(value) => run(() => adminSend(url, "POST", { status: value }), "Status changed")}>
              <Select.Trigger id="status">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {Object.entries(STATUS_LABEL).map(([value, label]) => (
                  <Select.Item key={value} value={value}>
                    {label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
      </Container>

      <Container>
        <Heading level="h2">Conversation</Heading>
        <ol className="mt-3 flex flex-col gap-3">
          {data.messages.map((message) => (
            <MessageCard key={message.id} message={message} />
          ))}
        </ol>
      </Container>

      <Container>
        <form onSubmit={send} className="flex flex-col gap-3">
          <Heading level="h2">{internal ? "Internal note" : "Answer the customer"}</Heading>
          {saved && saved.saved_replies.length > 0 && (
            <Select onValueChange={(value) => setBody((current) => `${current}${current ? "\n\n" : ""}${saved.saved_replies.find((reply) => reply.id === value)?.body ?? ""}`)}>
              <Select.Trigger aria-label="Insert a saved reply" className="w-72">
                <Select.Value placeholder="Insert a saved reply" />
              </Select.Trigger>
              <Select.Content>
                {saved.saved_replies.map((reply) => (
                  <Select.Item key={reply.id} value={reply.id}>
                    {reply.title}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          )}
          <Label htmlFor="answer">{internal ? "Note for staff" : `Answer (emailed to ${ticket.author_name ?? "the customer"}, who can reply to the email)`}</Label>
          <Textarea id="answer" rows={6} value={body} onChange={(event) => setBody(event.target.value)} maxLength={5000} />
          <div className="flex flex-wrap items-center gap-4">
            <div className="flex items-center gap-2">
              <Switch id="internal" checked={internal} onCheckedChange={setInternal} />
              <Label htmlFor="internal">Internal note (never shown or sent to the customer)</Label>
            </div>
            {!internal && (
              <div className="flex items-center gap-2">
                <Label htmlFor="after">Then</Label>
                <Select value={after} onValueChange={setAfter}>
                  <Select.Trigger id="after">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="waiting_on_customer">Wait for the customer</Select.Item>
                    <Select.Item value="open">Keep open</Select.Item>
                    <Select.Item value="resolved">Mark resolved</Select.Item>
                  </Select.Content>
                </Select>
              </div>
            )}
            <Input type="file" multiple accept="application/pdf,image/jpeg,image/png,image/webp,image/heic,.heic" aria-label="Attach files" onChange={(event) => setFiles(event.target.files)} />
          </div>
          <div>
            <Button type="submit" isLoading={busy} disabled={!body.trim()}>
              {internal ? "Add note" : "Send answer"}
            </Button>
          </div>
        </form>
      </Container>

      <Container>
        <Heading level="h2">OrderFlow</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          A credit note or redelivery joins <Link to="/erp-changes">Changes to enter in OrderFlow</Link>, linked to this ticket.
        </Text>
        {data.erp_requests.length > 0 && (
          <ul className="mt-2">
            {data.erp_requests.map((request) => (
              <li key={request.id}>
                <Text size="small">
                  <Badge color={request.status === "done" ? "green" : "orange"}>{request.status === "done" ? "Entered" : "To enter"}</Badge> {request.summary}
                </Text>
              </li>
            ))}
          </ul>
        )}
        <form
          className="mt-3 flex flex-wrap items-end gap-3"
          onSubmit={async (event) => {
            event.preventDefault()
            if (await run(() => adminSend(`${url}/erp-requests`, "POST", { kind: erpKind, summary: erpSummary }), "Queued for OrderFlow")) setErpSummary("")
          }}
        >
          <Select value={erpKind} onValueChange={setErpKind}>
            <Select.Trigger aria-label="Request" className="w-40">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="credit_note">Credit note</Select.Item>
              <Select.Item value="redelivery">Redelivery</Select.Item>
            </Select.Content>
          </Select>
          <Input aria-label="What to enter" className="w-80" placeholder="e.g. Credit 2 cases on line 2" value={erpSummary} onChange={(event) => setErpSummary(event.target.value)} />
          <Button type="submit" variant="secondary" disabled={!erpSummary.trim() || busy}>
            Ask for it
          </Button>
        </form>
      </Container>
    </div>
  )
}

export default SupportTicketPage
