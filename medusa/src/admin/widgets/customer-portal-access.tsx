import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"

interface PortalAccess {
  customer_number: string
  email: string | null
  activated: boolean
}

/** On the customer page: the portal sign-in state, and sending an activation link (to a corrected address if need be). */
const CustomerPortalAccessWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const [access, setAccess] = useState<PortalAccess | null>(null)
  const [email, setEmail] = useState("")
  const [sending, setSending] = useState(false)
  const url = `/admin/customers/${customer.id}/portal-activation`

  useEffect(() => {
    fetch(url, { credentials: "include" })
      .then(async (response) => (response.ok ? ((await response.json()) as PortalAccess) : null))
      .then((found) => {
        setAccess(found)
        setEmail(found?.email ?? "")
      })
      .catch(() => setAccess(null))
  }, [url])

  if (!access) return null

  const send = async (event: FormEvent) => {
    event.preventDefault()
    setSending(true)
    try {
      const response = await fetch(url, {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(email ? { email } : {}),
      })
      const body = (await response.json()) as { message?: string; sent_to?: string; kind?: string }
      if (!response.ok) throw new Error(body.message ?? "The link could not be sent")
      toast.success(`${body.kind === "reset" ? "Password reset" : "Activation"} link sent to ${body.sent_to}`)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSending(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Portal sign-in</Heading>
        <Badge color={access.activated ? "green" : "orange"}>{access.activated ? "Activated" : "Not activated yet"}</Badge>
      </div>
      <form className="flex flex-col gap-3 px-6 py-4" onSubmit={send}>
        <Text size="small" className="text-ui-fg-subtle">
          Customer number {access.customer_number}. The customer signs in with it or their email. Send a link to choose a password; correct the address first if OrderFlow's is wrong (the change is queued for OrderFlow).
        </Text>
        <div className="flex flex-col gap-1">
          <Label htmlFor="portal-activation-email">Send to</Label>
          <Input id="portal-activation-email" type="email" value={email} onChange={(event) => setEmail(event.currentTarget.value)} placeholder="name@company.co.za" />
        </div>
        <div>
          <Button type="submit" size="small" isLoading={sending}>
            {access.activated ? "Send password reset link" : "Send activation link"}
          </Button>
        </div>
      </form>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerPortalAccessWidget
