import { centsToDecimalString, formatRand } from "@portal/integrations"
import { sellerDetails, type BusinessDocument } from "@portal/integrations/documents"
import { AGING_LABELS, STATEMENT_ENTRY_LABEL, type AgingBuckets, type Statement, type StatementEntry, type StatementEntryKind } from "@portal/integrations/invoice-status"
import { formatDay } from "@portal/integrations/locale"
// Types only: this file builds documents from rows and loads nothing (the benchmarks import it without Medusa).
import type { StatementRows } from "../../modules/invoicing/repositories/customer-account"

export type { Statement, StatementEntry }

const KIND_ORDER: Record<StatementEntryKind, number> = { invoice: 0, credit_note: 1, payment: 2, reversal: 3 }

function describe(row: { kind: StatementEntryKind; ord_no: number | null; credited: string | null; method: string | null; reference: string | null }): string {
  switch (row.kind) {
    case "invoice":
      return row.ord_no ? `Invoice for order ${row.ord_no}` : "Invoice"
    case "credit_note":
      return row.credited ? `Credit note against ${row.credited}` : "Credit note"
    case "payment":
      return `Payment (${row.method})${row.reference ? ` ref ${row.reference}` : ""}`
    case "reversal":
      return `Payment reversed (${row.method})${row.reference ? ` ref ${row.reference}` : ""}`
  }
}

/**
 * The customer's statement for [from, to] (Johannesburg calendar days): the opening balance, every invoice, credit
 * note, payment and reversal in date order with a running balance, the closing balance and aging at `to`. Void
 * documents never count, as in OrderFlow, so the closing balance equals OrderFlow's balance on that day.
 */
export function statementFromRows(customer: { number: string; name: string }, from: string, to: string, rows: StatementRows): Statement {
  const { opening_cents, movements, open } = rows
  const sorted = [...movements].sort(
    (a, b) => a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.reference ?? "").localeCompare(b.reference ?? "") || a.txn_id - b.txn_id
  )
  let balance = opening_cents
  const openingBalance = balance
  let debits = 0
  let credits = 0
  const entries = sorted.map((row): StatementEntry => {
    const amount = Number(row.cents)
    // Invoices and reversals raise what is owed; credit notes and payments lower it.
    const debit = row.kind === "invoice" ? amount : row.kind === "reversal" ? -amount : 0
    const credit = row.kind === "credit_note" || row.kind === "payment" ? amount : 0
    balance += debit - credit
    debits += debit
    credits += credit
    return {
      date: row.date,
      kind: row.kind,
      reference: row.reference ?? (row.kind === "payment" || row.kind === "reversal" ? `Payment ${row.txn_id}` : ""),
      description: describe(row),
      debit_cents: debit,
      credit_cents: credit,
      balance_cents: balance,
    }
  })

  const aging: AgingBuckets = { current_cents: 0, days_1_30_cents: 0, days_31_60_cents: 0, days_61_90_cents: 0, over_90_cents: 0, unallocated_cents: 0 }
  for (const row of open) {
    const outstanding = Number(row.outstanding_cents)
    if (outstanding <= 0) continue
    const days = Number(row.days_overdue)
    const bucket: keyof AgingBuckets =
      days <= 0 ? "current_cents" : days <= 30 ? "days_1_30_cents" : days <= 60 ? "days_31_60_cents" : days <= 90 ? "days_61_90_cents" : "over_90_cents"
    aging[bucket] += outstanding
  }
  const aged = aging.current_cents + aging.days_1_30_cents + aging.days_31_60_cents + aging.days_61_90_cents + aging.over_90_cents
  aging.unallocated_cents = balance - aged

  return {
    customer_number: customer.number,
    customer_name: customer.name,
    from,
    to,
    opening_balance_cents: openingBalance,
    entries,
    debit_total_cents: debits,
    credit_total_cents: credits,
    closing_balance_cents: balance,
    aging,
  }
}

const amountOrBlank = (value: number) => (value ? formatRand(value) : "")

/** The statement as a printable business document (PDF). */
export function statementDocument(statement: Statement): BusinessDocument {
  return {
    title: "Statement",
    number: `${statement.customer_number} ${statement.from} to ${statement.to}`,
    seller: sellerDetails(),
    recipient: { name: statement.customer_name, lines: [`Customer ${statement.customer_number}`] },
    facts: [
      ["Period", `${formatDay(statement.from)} – ${formatDay(statement.to)}`],
      ["Opening balance", formatRand(statement.opening_balance_cents)],
      ["Closing balance", formatRand(statement.closing_balance_cents)],
    ],
    columns: [
      { header: "Date" },
      { header: "Type" },
      { header: "Reference" },
      { header: "Details", width: "*" },
      { header: "Debit", align: "right" },
      { header: "Credit", align: "right" },
      { header: "Balance", align: "right" },
    ],
    rows: [
      [formatDay(statement.from), "", "", "Opening balance", "", "", formatRand(statement.opening_balance_cents)],
      ...statement.entries.map((entry) => [
        formatDay(entry.date),
        STATEMENT_ENTRY_LABEL[entry.kind],
        entry.reference,
        entry.description,
        amountOrBlank(entry.debit_cents),
        amountOrBlank(entry.credit_cents),
        formatRand(entry.balance_cents),
      ]),
    ],
    totals: [
      ["Opening balance", formatRand(statement.opening_balance_cents)],
      ["Invoices and reversals", formatRand(statement.debit_total_cents)],
      ["Credit notes and payments", formatRand(-statement.credit_total_cents)],
      ["Closing balance", formatRand(statement.closing_balance_cents)],
    ],
    sections: [
      {
        title: `Aging on ${formatDay(statement.to)}`,
        columns: AGING_LABELS.map(([, label]) => ({ header: label, align: "right" as const })),
        rows: [AGING_LABELS.map(([key]) => formatRand(statement.aging[key]))],
      },
    ],
  }
}

/** The statement as CSV rows (header first): one row per movement between the opening and closing balances. */
export function statementCsvRows(statement: Statement): string[][] {
  const money = centsToDecimalString
  return [
    ["Date", "Type", "Reference", "Details", "Debit", "Credit", "Balance"],
    [statement.from, "Opening balance", "", "", "", "", money(statement.opening_balance_cents)],
    ...statement.entries.map((entry) => [
      entry.date,
      STATEMENT_ENTRY_LABEL[entry.kind],
      entry.reference,
      entry.description,
      entry.debit_cents ? money(entry.debit_cents) : "",
      entry.credit_cents ? money(entry.credit_cents) : "",
      money(entry.balance_cents),
    ]),
    [statement.to, "Closing balance", "", "", money(statement.debit_total_cents), money(statement.credit_total_cents), money(statement.closing_balance_cents)],
  ]
}
