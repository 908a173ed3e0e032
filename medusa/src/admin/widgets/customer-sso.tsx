import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Checkbox, Container, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { useAdminJson } from "../lib/use-admin-json"

type Role = "admin" | "buyer" | "accounts" | "viewer"
const ROLES: { value: Role; label: string }[] = [
  { value: "viewer", label: "Viewer" },
  { value: "buyer", label: "Buyer" },
  { value: "accounts", label: "Accounts" },
  { value: "admin", label: "Admin" },
]

interface Registration {
  redirect_uri: string
  post_logout_redirect_uri: string
  back_channel_logout_uri: string
}

interface Connection {
  id: string
  display_name: string
  issuer_url: string
  client_id: string
  allowed_domains: string[]
  default_role: Role
  groups_claim: string
  group_roles: { group: string; role: Role }[]
  require_sso: boolean
  break_glass_person_id: string | null
  enabled: boolean
}

interface Person {
  person_id: string
  email: string
  role: Role
}

/** "finance = accounts" lines, one per group, as staff type them. */
const mappingText = (lines: Connection["group_roles"]) => lines.map((line) => `${line.group} = ${line.role}`).join("\n")
function parseMapping(text: string): Connection["group_roles"] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [group, role] = line.split("=").map((part) => part.trim())
      if (!group || !ROLES.some((candidate) => candidate.value === role)) throw new Error(`“${line}”: write each line as group = viewer, buyer, accounts or admin.`)
      return { group, role: role as Role }
    })
}

const EMPTY = { display_name: "", issuer_url: "", client_id: "", client_secret: "", domains: "", default_role: "viewer" as Role, groups_claim: "groups", mapping: "", require_sso: false, break_glass_person_id: "", enabled: true }

/**
 * On the customer page: the company's single sign-on (OpenID Connect). Staff enter what the company's IT team
 * registered for the portal; the client secret is write-only. The addresses to register are shown.
 */
const CustomerSsoWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const url = `/admin/customers/${customer.id}/sso`
  const [version, setVersion] = useState(0)
  const { data, error } = useAdminJson<{ sso_connection: Connection | null; registration: Registration }>(`${url}?v=${version}`)
  const people = useAdminJson<{ people: Person[] }>(`/admin/customers/${customer.id}/people?v=${version}`)
  const [form, setForm] = useState(EMPTY)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const connection = data?.sso_connection
    if (!connection) return
    setForm({
      display_name: connection.display_name,
      issuer_url: connection.issuer_url,
      client_id: connection.client_id,
      client_secret: "",
      domains: connection.allowed_domains.join(", "),
      default_role: connection.default_role,
      groups_claim: connection.groups_claim,
      mapping: mappingText(connection.group_roles),
      require_sso: connection.require_sso,
      break_glass_person_id: connection.break_glass_person_id ?? "",
      enabled: connection.enabled,
    })
  }, [data])

  const send = async (method: "POST" | "DELETE", body?: unknown) => {
    const response = await fetch(url, { method, credentials: "include", headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined })
    const answer = (await response.json()) as { message?: string }
    if (!response.ok) throw new Error(answer.message ?? "The change was not saved")
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    try {
      await send("POST", {
        display_name: form.display_name,
        issuer_url: form.issuer_url,
        client_id: form.client_id,
        ...(form.client_secret ? { client_secret: form.client_secret } : {}),
        allowed_domains: form.domains.split(/[\s,]+/).filter(Boolean),
        default_role: form.default_role,
        groups_claim: form.groups_claim,
        group_roles: parseMapping(form.mapping),
        require_sso: form.require_sso,
        break_glass_person_id: form.break_glass_person_id || null,
        enabled: form.enabled,
      })
      toast.success("Single sign-on saved")
      setVersion((value) => value + 1)
    } catch (reason) {
      toast.error((reason as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const remove = async () => {
    setSaving(true)
    try {
      await send("DELETE")
      setForm(EMPTY)
      toast.success("Single sign-on removed: the company's people sign in with passwords again")
      setVersion((value) => value + 1)
    } catch (reason) {
      toast.error((reason as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const field = (name: keyof typeof EMPTY, label: string, hint?: string) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`sso-${name}`}>{label}</Label>
      <Input
        id={`sso-${name}`}
        type={name === "client_secret" ? "password" : "text"}
        value={String(form[name])}
        onChange={(event) => setForm({ ...form, [name]: event.target.value })}
        autoComplete="off"
      />
      {hint ? <Text size="small" className="text-ui-fg-subtle">{hint}</Text> : null}
    </div>
  )
  const admins = (people.data?.people ?? []).filter((person) => person.role === "admin")

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Single sign-on</Heading>
        {data?.sso_connection ? <Badge color={data.sso_connection.enabled ? "green" : "grey"}>{data.sso_connection.enabled ? "On" : "Off"}</Badge> : <Badge>Not set up</Badge>}
      </div>
      {error ? (
        <Text className="px-6 py-4">{error}</Text>
      ) : !data ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : (
        <form onSubmit={save} className="flex flex-col gap-y-4 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Register the portal with the company&apos;s identity provider: redirect URI {data.registration.redirect_uri}; post-logout redirect URI{" "}
            {data.registration.post_logout_redirect_uri}; back-channel logout URI {data.registration.back_channel_logout_uri}.
          </Text>
          {field("display_name", "Button name", "People see “Continue with …” (for example: Karoo Kitchen sign-in).")}
          {field("issuer_url", "Issuer URL", "The provider's address; the portal reads /.well-known/openid-configuration there.")}
          {field("client_id", "Client ID")}
          {field("client_secret", "Client secret", data.sso_connection ? "Leave empty to keep the saved secret (it is never shown again)." : undefined)}
          {field("domains", "Allowed email domains", "Comma-separated, such as karookitchen.example. A domain belongs to one company only.")}
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="sso-default-role">Role for new people</Label>
            <Select value={form.default_role} onValueChange={(value) => setForm({ ...form, default_role: value as Role })}>
              <Select.Trigger id="sso-default-role">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {ROLES.map((role) => (
                  <Select.Item key={role.value} value={role.value}>
                    {role.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {field("groups_claim", "Groups claim")}
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="sso-mapping">Groups to roles</Label>
            <Textarea id="sso-mapping" rows={3} value={form.mapping} placeholder={"finance = accounts\nkitchen-managers = buyer"} onChange={(event) => setForm({ ...form, mapping: event.target.value })} />
            <Text size="small" className="text-ui-fg-subtle">One line per group; the first line whose group the person is in sets their role at each sign-in.</Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Checkbox id="sso-required" checked={form.require_sso} onCheckedChange={(checked) => setForm({ ...form, require_sso: checked === true })} />
            <Label htmlFor="sso-required">Require single sign-on (passwords refused for these domains)</Label>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="sso-break-glass">Break-glass Admin (may still use a password)</Label>
            <Select value={form.break_glass_person_id || "none"} onValueChange={(value) => setForm({ ...form, break_glass_person_id: value === "none" ? "" : value })}>
              <Select.Trigger id="sso-break-glass">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="none">Nobody</Select.Item>
                {admins.map((person) => (
                  <Select.Item key={person.person_id} value={person.person_id}>
                    {person.email}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex items-center gap-x-2">
            <Checkbox id="sso-enabled" checked={form.enabled} onCheckedChange={(checked) => setForm({ ...form, enabled: checked === true })} />
            <Label htmlFor="sso-enabled">Enabled</Label>
          </div>
          <div className="flex gap-x-2">
            <Button type="submit" size="small" isLoading={saving}>
              Save single sign-on
            </Button>
            {data.sso_connection ? (
              <Button type="button" size="small" variant="danger" disabled={saving} onClick={remove}>
                Remove
              </Button>
            ) : null}
          </div>
        </form>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerSsoWidget
