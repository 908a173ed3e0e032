import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { inJohannesburg } from "../../lib/format"

interface SyncHealth {
  last_successful_sync: string | null
  lag_seconds: number | null
  last_error: string | null
  last_error_at: string | null
  rows: Record<string, number>
  streams: { stream: string; position: string | null; rows_applied: number; last_success_at: string | null }[]
  reconciliation: { last_clean_at: string | null; last_problem: string | null; last_problem_at: string | null } | null
}


/** Staff's view of the OrderFlow import: how far behind it is, what it holds, and what went wrong. */
const OrderflowSyncPage = () => {
  const [health, setHealth] = useState<SyncHealth | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    const load = async () => {
      try {
        const response = await fetch("/admin/orderflow/sync-health", { credentials: "include" })
        if (!response.ok) throw new Error(`The server answered ${response.status}`)
        const body = (await response.json()) as SyncHealth
        if (!cancelled) {
          setHealth(body)
          setFailure(null)
        }
      } catch (error) {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error))
      }
    }
    void load()
    const timer = setInterval(load, 5_000)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [])

  const healthy = health && !health.last_error && health.lag_seconds !== null && health.lag_seconds < 120
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h1">OrderFlow sync</Heading>
          {health ? <Badge color={healthy ? "green" : "orange"}>{healthy ? "Up to date" : "Needs attention"}</Badge> : null}
        </div>
        <div className="flex flex-col gap-y-2 px-6 py-4">
          {failure ? <Text className="text-ui-fg-error">Could not load the sync status: {failure}</Text> : null}
          <Text>Last successful sync: {inJohannesburg(health?.last_successful_sync ?? null)}</Text>
          <Text>Lag: {health?.lag_seconds == null ? "unknown" : `${health.lag_seconds} s`}</Text>
          {health?.last_error ? (
            <Text className="text-ui-fg-error">
              Last error ({inJohannesburg(health.last_error_at)}): {health.last_error}
            </Text>
          ) : null}
          <Text>
            Last reconciliation without differences: {inJohannesburg(health?.reconciliation?.last_clean_at ?? null)}
            {health?.reconciliation?.last_problem ? ` · last problem: ${health.reconciliation.last_problem}` : ""}
          </Text>
        </div>
      </Container>
      <Container className="p-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Table</Table.HeaderCell>
              <Table.HeaderCell>Rows in the portal</Table.HeaderCell>
              <Table.HeaderCell>Rows applied</Table.HeaderCell>
              <Table.HeaderCell>Read up to (ERP time)</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(health?.streams ?? []).map((stream) => (
              <Table.Row key={stream.stream}>
                <Table.Cell>{stream.stream}</Table.Cell>
                <Table.Cell>{health?.rows[stream.stream] ?? "—"}</Table.Cell>
                <Table.Cell>{stream.rows_applied}</Table.Cell>
                <Table.Cell>{stream.position ?? "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "OrderFlow sync", icon: ArrowPath })

export default OrderflowSyncPage
