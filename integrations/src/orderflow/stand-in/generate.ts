import pg from "pg"
import { centsToDecimalString } from "../../money.js"
import { DEMO_CATALOGUE, type CatalogueProduct } from "../catalogue.js"
import { DEMO_CUSTOMERS, type CustomerSegment } from "../demo-customers.js"
import { toErpDate, toErpTimestamp } from "./erp-time.js"
import { type Carrier, chooseCarrier, planTimeline, withWeekShift } from "./lead-times.js"
import { BUSINESS_NAMES, FIRST_NAMES, LAST_NAMES, PLACES, STREETS } from "./people.js"
import { SeededRandom } from "./random.js"
import { RowWriter } from "./row-writer.js"

export type StandInSize = "test" | "demo" | "bench"

export interface GenerateOptions {
  size: StandInSize
  seed?: number
  /** The generator's "today"; fixed in tests so the data is the same on any day. */
  now?: Date
  /**
   * Make the working week as if `now` fell on this weekday (0 Sunday … 6 Saturday): data made relative to today is
   * then the same whatever day it is made on (the browser tests' screenshots), at the price of weekends falling on
   * other calendar days. Unset: the real calendar.
   */
  weekdayOfNow?: number
  onProgress?: (done: number, total: number) => void
}

export interface GeneratedCounts {
  customers: number
  orders: number
  lines: number
  shipments: number
  invoices: number
  creditNotes: number
  payments: number
  deletedDrafts: number
}

const SIZES: Record<StandInSize, { customers: number; orders: number }> = {
  // Small enough for a fresh ERP per integration test, large enough to hold every quirk.
  test: { customers: 12, orders: 600 },
  demo: { customers: 40, orders: 3_000 },
  bench: { customers: 2_000, orders: 200_000 },
}

/** Share of orders by segment (the seed's mix) and of customers by segment. */
const ORDER_SHARE: Record<SegmentCode, number> = { R: 60, H: 25, E: 10, I: 5 }
const CUSTOMER_SHARE: Record<SegmentCode, number> = { R: 40, H: 30, E: 15, I: 15 }

type SegmentCode = "R" | "H" | "E" | "I"
const SEGMENT_CODE: Record<CustomerSegment, SegmentCode> = { retailer: "R", restaurant: "H", event_planner: "E", individual: "I" }

const UOM_OF_UNIT: Record<string, string> = { case: "CASE", box: "BOX", pack: "BOX" }
const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000

/** Products whose description changed: older order lines keep the old wording (quirk 9). */
const OLD_DESCRIPTIONS: Record<string, string> = {
  "FD-1001": "Basmati rice 10kg bag",
  "BV-2003": "Filter coffee medium roast 1 kg",
  "PK-4001": "Takeaway box kraft 500ml (300)",
}
const DESCRIPTION_CHANGED_DAYS_AGO = 365
/** Discontinued products were last sold this long ago (quirk 10). */
const DISCONTINUED_DAYS_AGO = 200

type Status = "DR" | "PE" | "CF" | "PR" | "PK" | "SH" | "DL" | "CN" | "HD"

interface Customer {
  custNo: string
  segment: SegmentCode
  termsDays: number
  deliveryAddressIds: number[]
  /** All of a customer's addresses are in one town. */
  province: string
  /** Each delivery address's usual carrier. */
  routes: Map<number, Carrier>
}

interface OrderLine {
  lineNo: number
  sku: string
  descr: string
  qty: number
  qtyShipped: number
  uom: string
  unitPriceCents: number
  discPct: number
  lineTotalCents: number
}

/** Half-up rounding of a non-negative rational a/b to an integer, in integers only. */
function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator))
}

function lineTotal(qty: number, unitPriceCents: number, discPct: number): number {
  // qty is whole here; discount is in hundredths of a percent to keep it integral.
  const discBasisPoints = Math.round(discPct * 100)
  return roundHalfUp(qty * unitPriceCents * (10_000 - discBasisPoints), 10_000)
}

export function vatOf(subTotalCents: number): number {
  return roundHalfUp(subTotalCents * 15, 100)
}

/** The lifecycle an order went through to reach `status`, including honest detours (quirk 5). */
function statusPath(status: Status, random: SeededRandom): Status[] {
  const forward: Status[] = ["PE", "CF", "PR", "PK", "SH", "DL"]
  let path: Status[]
  if (status === "DR") return ["DR"]
  if (status === "CN") path = random.chance(0.5) ? ["PE", "CN"] : ["PE", "CF", "CN"]
  else if (status === "HD") path = ["PE", "CF", "HD"]
  else path = forward.slice(0, forward.indexOf(status) + 1)
  if (random.chance(0.15)) path.unshift("DR")
  // A hold that was lifted, and a shipment recalled back to processing.
  if (path.includes("PR") && random.chance(0.05)) path.splice(path.indexOf("PR"), 0, "HD", "CF")
  if (path.includes("DL") && random.chance(0.04)) path.splice(path.indexOf("SH") + 1, 0, "PR", "PK", "SH")
  return path
}

function statusForAge(ageDays: number, random: SeededRandom): Status {
  if (ageDays > 21) return random.weighted<Status>([["DL", 92], ["CN", 6], ["HD", 0.5], ["SH", 1.5]])
  if (ageDays > 7) return random.weighted<Status>([["DL", 60], ["SH", 20], ["PK", 8], ["CN", 5], ["HD", 4], ["DR", 3]])
  if (ageDays > 2) return random.weighted<Status>([["SH", 30], ["PK", 20], ["PR", 20], ["CF", 15], ["HD", 5], ["DR", 5], ["PE", 5]])
  return random.weighted<Status>([["PE", 30], ["CF", 25], ["DR", 20], ["PR", 20], ["CN", 5]])
}

function priceAt(product: CatalogueProduct, ageDays: number): number {
  // Prices rose about 6 % a year; older orders carry the price of their day.
  return Math.round((product.priceCents * 1_000) / (1_000 + Math.round((ageDays / 365) * 60)))
}

/**
 * Fills an empty stand-in OrderFlow database with deterministic, believable data: customers in the seed's mix,
 * 30 months of orders with lines, status history, shipments, invoices, credit notes and payments, and every
 * quirk the ERP README lists. The same options always produce the same rows.
 */
export async function generateStandInData(adminUrl: string, options: GenerateOptions): Promise<GeneratedCounts> {
  const seed = options.seed ?? 20261121
  const random = new SeededRandom(seed)
  const now = options.now ?? new Date()
  const size = SIZES[options.size]
  const start = new Date(now.getTime() - 913 * DAY) // 30 months
  const weekShift = options.weekdayOfNow === undefined ? 0 : options.weekdayOfNow - new Date(now.getTime() + 2 * HOUR).getUTCDay()
  const counts: GeneratedCounts = { customers: 0, orders: 0, lines: 0, shipments: 0, invoices: 0, creditNotes: 0, payments: 0, deletedDrafts: 0 }

  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  const writer = new RowWriter(client)
  try {
    await client.query("BEGIN")
    for (const product of DEMO_CATALOGUE) {
      writer.add("product", {
        sku: product.sku,
        descr: product.description,
        uom: UOM_OF_UNIT[product.unit] ?? "EA",
        unit_price: centsToDecimalString(product.priceCents),
        vat_rate: "15.00",
        active_flag: product.active ? "Y" : "N",
        last_upd: toErpTimestamp(new Date(now.getTime() - (product.active ? 400 : DISCONTINUED_DAYS_AGO) * DAY)),
      })
    }

    const customers = createCustomers(writer, random, size.customers, start, counts)
    const ordersBySegment = new Map<SegmentCode, number>()
    for (const customer of customers) ordersBySegment.set(customer.segment, (ordersBySegment.get(customer.segment) ?? 0) + 1)

    let ordNo = 100_000
    let histId = 0
    let shipId = 0
    let invoiceNo = 0
    let creditNo = 0
    let txnId = 0
    const totalShare = Object.values(ORDER_SHARE).reduce((a, b) => a + b, 0)

    for (const customer of customers) {
      const customersInSegment = ordersBySegment.get(customer.segment)!
      const orderCount = Math.max(1, Math.round((size.orders * ORDER_SHARE[customer.segment]) / totalShare / customersInSegment))
      const orderTimes = Array.from({ length: orderCount }, () => start.getTime() + random.next() * (now.getTime() - start.getTime())).sort((a, b) => a - b)
      const openInvoices: { invNo: string; dueMs: number; outstanding: number; allocatedAt: Date[] }[] = []

      for (const orderMs of orderTimes) {
        ordNo += 1
        const ordDt = new Date(orderMs)
        const ageDays = (now.getTime() - orderMs) / DAY
        let intended = statusForAge(ageDays, random)
        // Abandoned drafts older than 14 days were hard-deleted by the ERP: only their history remains (quirk 4).
        if (intended === "DR" && ageDays > 14) intended = "CN"
        if (ageDays > 14 && random.chance(0.01)) {
          writer.add("ord_status_hist", { hist_id: ++histId, ord_no: ordNo, status_cd: "DR", changed_at: toErpTimestamp(ordDt), changed_by: "WEB", remark: null })
          counts.deletedDrafts += 1
          continue
        }

        // The status an order of this age has (cancellations, holds, drafts, the odd order stuck or lost in transit
        // included) is chosen by age; when each step happened follows the realistic lead times (lead-times.ts), and
        // an order whose timeline has not yet reached that status today stands where its timeline has.
        const lineCount = random.int(1, 9)
        const delivAddrId = random.pick(customer.deliveryAddressIds)
        const plannedPath = statusPath(intended, random)
        const plan = withWeekShift(weekShift, () => planTimeline(
          plannedPath,
          { orderedAt: orderMs, province: customer.province, lines: lineCount, routedCarrier: customer.routes.get(delivAddrId)! },
          new SeededRandom((seed ^ Math.imul(ordNo, 2_654_435_761)) >>> 0)
        ))
        const history = plannedPath
          .map((step, index) => ({ status: step, at: new Date(plan.times[index]!) }))
          .filter((step, index) => index === 0 || step.at.getTime() < now.getTime() - 60_000)
        const path = history.map((step) => step.status)
        const status = path[path.length - 1]!
        const reached = (s: Status) => path.includes(s)
        const timeOf = (s: Status) => [...history].reverse().find((h) => h.status === s)?.at

        const lines: OrderLine[] = []
        const eligible = DEMO_CATALOGUE.filter((p) => p.active || ageDays > DISCONTINUED_DAYS_AGO)
        for (let lineNo = 1; lineNo <= lineCount; lineNo++) {
          const product = random.pick(eligible)
          const qty = customer.segment === "E" ? random.int(5, 60) : customer.segment === "I" ? random.int(1, 4) : random.int(1, 24)
          const unitPriceCents = priceAt(product, ageDays)
          const discPct = customer.segment === "R" && random.chance(0.2) ? random.pick([2.5, 5, 7.5, 10]) : 0
          const shipped = reached("SH") && status !== "CN"
          const backOrdered = shipped && random.chance(0.03)
          lines.push({
            lineNo,
            sku: product.sku,
            descr: ageDays > DESCRIPTION_CHANGED_DAYS_AGO && OLD_DESCRIPTIONS[product.sku] ? OLD_DESCRIPTIONS[product.sku]! : product.description,
            qty,
            qtyShipped: shipped ? (backOrdered ? Math.max(0, qty - random.int(1, qty)) : qty) : 0,
            uom: UOM_OF_UNIT[product.unit] ?? "EA",
            unitPriceCents,
            discPct,
            lineTotalCents: lineTotal(qty, unitPriceCents, discPct),
          })
        }
        const subTotal = lines.reduce((sum, line) => sum + line.lineTotalCents, 0)
        const vat = vatOf(subTotal)
        const lastChange = history[history.length - 1]!.at
        const confirmedAt = timeOf("CF")

        writer.add("ord_hdr", {
          ord_no: ordNo,
          cust_no: customer.custNo,
          ord_dt: toErpTimestamp(ordDt),
          status_cd: status,
          cust_po_ref: customer.segment === "I" || random.chance(0.25) ? null : `PO-${random.int(1000, 99999)}`,
          deliv_addr_id: delivAddrId,
          req_deliv_dt: random.chance(0.6) ? toErpDate(new Date(orderMs + random.int(3, 10) * DAY)) : null,
          promised_dt: confirmedAt && plan.promisedDay !== null ? toErpDate(new Date(plan.promisedDay)) : null,
          sub_total: centsToDecimalString(subTotal),
          vat_amt: centsToDecimalString(vat),
          total_amt: centsToDecimalString(subTotal + vat),
          currency: "ZAR",
          notes: random.chance(0.05) ? "Deliver to the back entrance, please." : null,
          last_upd: toErpTimestamp(lastChange),
        })
        counts.orders += 1
        for (const line of lines) {
          writer.add("ord_line", {
            ord_no: ordNo,
            line_no: line.lineNo,
            sku: line.sku,
            descr: line.descr,
            qty: line.qty.toFixed(3),
            qty_shipped: line.qtyShipped.toFixed(3),
            uom: line.uom,
            unit_price: centsToDecimalString(line.unitPriceCents),
            disc_pct: line.discPct.toFixed(2),
            line_total: centsToDecimalString(line.lineTotalCents),
          })
          counts.lines += 1
        }
        for (const step of history) {
          // OrderFlow does not always write the cancellation into the history: the order's last_upd dates it then.
          if (step.status === "CN" && ordNo % 3 === 0) continue
          writer.add("ord_status_hist", {
            hist_id: ++histId,
            ord_no: ordNo,
            status_cd: step.status,
            changed_at: toErpTimestamp(step.at),
            changed_by: step.status === "DR" || step.status === "PE" ? "WEB" : random.pick(["SALES1", "SALES2", "WH01", "DISPATCH"]),
            remark: step.status === "HD" ? "Credit check" : null,
          })
        }

        const shippedAt = timeOf("SH")
        if (shippedAt && status !== "CN") {
          const carrier = plan.carrier
          const deliveredAt = status === "DL" ? timeOf("DL") : undefined
          writer.add("shipment", {
            ship_id: ++shipId,
            ord_no: ordNo,
            carrier_cd: carrier,
            waybill_no: carrier === "OWN" ? null : `${carrier === "CGUY" ? "CG" : carrier}${random.int(10_000_000, 99_999_999)}`,
            shipped_at: toErpTimestamp(shippedAt),
            eta_dt: toErpDate(new Date(plan.etaDay ?? shippedAt.getTime())),
            delivered_at: deliveredAt ? toErpTimestamp(deliveredAt) : null,
            pod_name: deliveredAt ? `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}` : null,
            last_upd: toErpTimestamp(deliveredAt ?? shippedAt),
          })
          counts.shipments += 1
        }

        // Invoices from confirmation on; an order cancelled after confirmation is voided or credited in full.
        if (confirmedAt) {
          const invNo = `INV${String(++invoiceNo).padStart(7, "0")}`
          const invDt = confirmedAt
          const dueMs = invDt.getTime() + customer.termsDays * DAY
          const voided = status === "CN" && random.chance(0.5)
          const invoiceLines = lines.map((line) => ({
            inv_no: invNo,
            line_no: line.lineNo,
            sku: line.sku,
            descr: line.descr,
            qty: line.qty.toFixed(3),
            unit_price: centsToDecimalString(line.unitPriceCents),
            vat_rate: "15.00",
            line_total: centsToDecimalString(line.lineTotalCents),
          }))
          let credited = 0
          const creditNote = (amountSub: number, whenMs: number, descr: string) => {
            const crnNo = `CRN${String(++creditNo).padStart(7, "0")}`
            const crnVat = vatOf(amountSub)
            writer.add("inv_hdr", {
              inv_no: crnNo,
              doc_type: "CR",
              cust_no: customer.custNo,
              ord_no: ordNo,
              orig_inv_no: invNo,
              inv_dt: toErpDate(new Date(whenMs)),
              due_dt: toErpDate(new Date(whenMs)),
              sub_total: centsToDecimalString(amountSub),
              vat_amt: centsToDecimalString(crnVat),
              total_amt: centsToDecimalString(amountSub + crnVat),
              currency: "ZAR",
              status_cd: "O",
              last_upd: toErpTimestamp(new Date(whenMs)),
            })
            writer.add("inv_line", { inv_no: crnNo, line_no: 1, sku: null, descr, qty: "1.000", unit_price: centsToDecimalString(amountSub), vat_rate: "15.00", line_total: centsToDecimalString(amountSub) })
            counts.creditNotes += 1
            return amountSub + crnVat
          }
          if (status === "CN" && !voided) credited += creditNote(subTotal, lastChange.getTime(), `Order ${ordNo} cancelled`)
          if (status === "DL" && random.chance(0.04)) {
            const damaged = lines[0]!
            const creditedAt = timeOf("DL")!.getTime() + random.int(1, 5) * DAY
            // A delivery of the last few days may not have been credited yet: nothing in OrderFlow is dated after now
            // (a future last_upd would carry the sync's cursor past every real change until then).
            if (creditedAt <= now.getTime()) credited += creditNote(damaged.lineTotalCents, creditedAt, `Damaged on delivery: ${damaged.descr}`)
          }
          const total = subTotal + vat
          const outstanding = voided ? 0 : total - credited
          const invoice = { invNo, dueMs, outstanding, allocatedAt: [] as Date[] }
          writer.add("inv_hdr", {
            inv_no: invNo,
            doc_type: "IN",
            cust_no: customer.custNo,
            ord_no: ordNo,
            orig_inv_no: null,
            inv_dt: toErpDate(invDt),
            due_dt: toErpDate(new Date(dueMs)),
            sub_total: centsToDecimalString(subTotal),
            vat_amt: centsToDecimalString(vat),
            total_amt: centsToDecimalString(total),
            currency: "ZAR",
            // Written after payments are known (status and last_upd depend on them): see below.
            status_cd: voided ? "V" : "O",
            last_upd: toErpTimestamp(invDt),
          })
          writer.tag("inv_hdr", invNo)
          for (const line of invoiceLines) writer.add("inv_line", line)
          counts.invoices += 1
          if (!voided && outstanding > 0) openInvoices.push(invoice)
        }
        options.onProgress?.(counts.orders, size.orders)
      }

      txnId = await payInvoices(writer, random, customer, openInvoices, now, txnId, counts)
      // Flush between customers only, so a customer's invoices are still buffered when their payments patch them.
      if (writer.pending > 5_000) await writer.flush()
    }
    await writer.flush()
    // Explicit ids were written into SERIAL columns; move the sequences past them as the ERP's own inserts expect.
    for (const [table, column] of [["cust_address", "addr_id"], ["ord_status_hist", "hist_id"], ["shipment", "ship_id"], ["pay_txn", "txn_id"]] as const) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', '${column}'), GREATEST((SELECT MAX(${column}) FROM ${table}), 1))`)
    }
    await client.query("COMMIT")
    return counts
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}

function createCustomers(writer: RowWriter, random: SeededRandom, count: number, start: Date, counts: GeneratedCounts): Customer[] {
  const customers: Customer[] = []
  let addrId = 0
  let province = ""
  const addAddresses = (custNo: string, createdAt: Date): number[] => {
    const place = random.pick(PLACES)
    province = place.province
    const address = (type: "B" | "D", isDefault: boolean) => ({
      addr_id: ++addrId,
      cust_no: custNo,
      addr_type: type,
      line1: `${random.int(1, 250)} ${random.pick(STREETS)}`,
      line2: random.chance(0.3) ? `Unit ${random.int(1, 40)}` : null,
      city: place.city,
      province: place.province,
      postal_code: place.postalCode,
      country: "ZA",
      is_default: isDefault ? "Y" : "N",
      last_upd: toErpTimestamp(createdAt),
    })
    writer.add("cust_address", address("B", true))
    const delivery: number[] = []
    const deliveryCount = random.int(1, 3)
    for (let i = 0; i < deliveryCount; i++) {
      writer.add("cust_address", address("D", i === 0))
      delivery.push(addrId)
    }
    return delivery
  }
  const segmentShares = Object.entries(CUSTOMER_SHARE) as [SegmentCode, number][]
  const sharedEmail = "accounts@sharedbooks.example"

  for (let index = 0; index < count; index++) {
    const demo = DEMO_CUSTOMERS[index]
    const segment = demo ? SEGMENT_CODE[demo.segment] : random.weighted(segmentShares)
    const custNo = demo ? demo.customerNumber : `C${String(1_001_000 + index * 7).padStart(7, "0")}`
    const createdAt = new Date(start.getTime() - random.int(30, 900) * DAY)
    const person = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`
    const name = demo ? (demo.companyName ?? `${demo.firstName} ${demo.lastName}`) : segment === "I" ? person : `${random.pick(BUSINESS_NAMES[segment])} ${random.pick(PLACES).city}`
    // The ERP's emails are unreliable (quirk 8): missing, padded, mixed case, or shared by two customers.
    let email: string | null = demo ? demo.email : `${name.toLowerCase().replace(/[^a-z]+/g, ".").replace(/(^\.|\.$)/g, "")}@mail.example`
    if (!demo) {
      const roll = random.next()
      if (roll < 0.08) email = null
      else if (roll < 0.16) email = `  ${email.toUpperCase()} `
      else if (index === 7 || index === 8) email = sharedEmail
    }
    const termsDays = segment === "I" ? 0 : random.pick([7, 14, 30, 30, 30, 60])
    writer.add("cust_master", {
      cust_no: custNo,
      cust_name: name,
      segment,
      email,
      phone: demo ? demo.phone : `+27 ${random.int(10, 87)} ${random.int(100, 999)} ${random.int(1000, 9999)}`,
      vat_no: segment === "I" ? null : `4${random.int(100_000_000, 999_999_999)}`,
      credit_limit: centsToDecimalString(segment === "I" ? 0 : random.pick([25_000_00, 50_000_00, 100_000_00, 250_000_00])),
      terms_days: termsDays,
      currency: "ZAR",
      active_flag: random.chance(0.97) ? "Y" : "N",
      created_dt: toErpTimestamp(createdAt),
      last_upd: toErpTimestamp(createdAt),
    })
    const deliveryAddressIds = addAddresses(custNo, createdAt)
    const routes = new Map(deliveryAddressIds.map((id) => [id, chooseCarrier(province, random)]))
    customers.push({ custNo, segment, termsDays, deliveryAddressIds, province, routes })
    counts.customers += 1
  }
  return customers
}

/**
 * Pays a customer's invoices the ways customers really do (quirk 7): whole, split over several invoices,
 * partly, with money left on account, and now and then a bounced cheque that reverses a payment.
 */
function payInvoices(
  writer: RowWriter,
  random: SeededRandom,
  customer: Customer,
  invoices: { invNo: string; dueMs: number; outstanding: number; allocatedAt: Date[] }[],
  now: Date,
  txnId: number,
  counts: GeneratedCounts
): number {
  const payable = invoices.filter((invoice) => invoice.dueMs < now.getTime() - 3 * DAY || random.chance(0.2))
  let index = 0
  while (index < payable.length) {
    if (random.chance(0.07)) {
      index += 1 // left unpaid: it will show as overdue
      continue
    }
    const batch = payable.slice(index, index + random.weighted([[1, 70], [2, 20], [3, 10]] as const))
    index += batch.length
    const paidAt = new Date(Math.min(now.getTime() - HOUR, Math.max(...batch.map((invoice) => invoice.dueMs)) - random.int(0, 5) * DAY))
    const partial = random.chance(0.05)
    const owed = batch.reduce((sum, invoice) => sum + invoice.outstanding, 0)
    const onAccount = !partial && random.chance(0.04) ? random.int(100, 50_000) : 0
    const amount = partial ? Math.max(1, Math.floor(owed * random.int(20, 80) / 100)) : owed + onAccount
    const method = random.weighted([["EFT", 80], ["CARD", 10], ["CHQ", 7], ["CASH", 3]] as const)
    const ref = `${method}-${customer.custNo}-${txnId + 1}`
    const id = ++txnId
    writer.add("pay_txn", { txn_id: id, cust_no: customer.custNo, txn_dt: toErpDate(paidAt), method, ref, amount: centsToDecimalString(amount), last_upd: toErpTimestamp(paidAt) })
    counts.payments += 1
    let remaining = amount
    const allocations: { invNo: string; amount: number }[] = []
    for (const invoice of batch) {
      const allocated = Math.min(remaining, invoice.outstanding)
      if (allocated <= 0) break
      remaining -= allocated
      invoice.outstanding -= allocated
      allocations.push({ invNo: invoice.invNo, amount: allocated })
      writer.add("pay_alloc", { txn_id: id, inv_no: invoice.invNo, amount: centsToDecimalString(allocated), alloc_dt: toErpDate(paidAt) })
      invoice.allocatedAt.push(paidAt)
    }
    if (method === "CHQ" && random.chance(0.15)) {
      // The cheque bounced: a negative transaction with the same reference, allocated negatively.
      const bouncedAt = new Date(Math.min(now.getTime() - HOUR, paidAt.getTime() + random.int(2, 6) * DAY))
      const reversal = ++txnId
      writer.add("pay_txn", { txn_id: reversal, cust_no: customer.custNo, txn_dt: toErpDate(bouncedAt), method, ref, amount: centsToDecimalString(-amount), last_upd: toErpTimestamp(bouncedAt) })
      counts.payments += 1
      for (const allocation of allocations) {
        writer.add("pay_alloc", { txn_id: reversal, inv_no: allocation.invNo, amount: centsToDecimalString(-allocation.amount), alloc_dt: toErpDate(bouncedAt) })
        const invoice = batch.find((candidate) => candidate.invNo === allocation.invNo)!
        invoice.outstanding += allocation.amount
        invoice.allocatedAt.push(bouncedAt)
      }
    }
  }
  // Paid invoices are marked P, and the allocation touched their last_upd (quirk 3).
  for (const invoice of invoices) {
    const lastAllocation = invoice.allocatedAt.reduce<Date | null>((latest, at) => (!latest || at > latest ? at : latest), null)
    writer.update("inv_hdr", invoice.invNo, {
      status_cd: invoice.outstanding === 0 ? "P" : "O",
      ...(lastAllocation ? { last_upd: toErpTimestamp(lastAllocation) } : {}),
    })
  }
  return txnId
}
