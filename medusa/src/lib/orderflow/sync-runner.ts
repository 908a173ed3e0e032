import type { ChangeCursor, ChangePage, OrderFlowReader } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import { settleChangeRequests } from "./change-requests"
import { refreshDeliveryEstimates } from "../estimates/delivery-estimates"
import { announceAccountChanges } from "../live/account-changes"
import { linkEnteredReorders } from "./reorders"
import type { NativeOrderContext } from "./native-orders"
import { orderContext, portalChannel, productsNotYetApplied } from "./sync/catalogue-context"
import { drainStream } from "./sync/drain-stream"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import { importErpCustomersWorkflow } from "../../workflows/orderflow/import-erp-customers"
import { importErpDocumentsWorkflow } from "../../workflows/orderflow/import-erp-documents"
import { importErpOrdersWorkflow } from "../../workflows/orderflow/import-erp-orders"
import { importErpProductsWorkflow } from "../../workflows/orderflow/import-erp-products"
import { importErpPaymentsWorkflow } from "../../workflows/orderflow/import-erp-payments"
import { importErpShipmentsWorkflow } from "../../workflows/orderflow/import-erp-shipments"
import { removeDeletedDraftsWorkflow } from "../../workflows/orderflow/remove-deleted-drafts"
import { importErpOrders } from "../../workflows/orderflow/steps/import-erp-orders"
import { upsertErpShipments } from "../../workflows/orderflow/steps/upsert-erp-shipments"
import { upsertInvoicingDocuments } from "../../workflows/orderflow/steps/upsert-invoicing-documents"
import { upsertInvoicingPayments } from "../../workflows/orderflow/steps/upsert-invoicing-payments"

/** An import workflow, as far as the sync runs it: one page in. */
type PageWorkflow<Input> = (container: MedusaContainer) => { run: (options: { input: Input }) => Promise<unknown> }

export interface SyncOptions {
  reader: OrderFlowReader
  pageSize?: number
  /**
   * How far back each run re-reads before its stored position. The ERP commits long transactions late with an
   * older last_upd; re-reading this window (idempotently) picks such rows up.
   */
  overlapMinutes?: number
  /**
   * For the frequent runs between full-window runs: re-read no further back than this ERP time (the previous run's
   * start minus a short overlap), and never before a stream's own position. A quiet ERP is then not re-read every
   * second; late commits older than this are picked up by the next full-window run.
   */
  readFrom?: string
  onProgress?: (stream: string, applied: number) => void
  /** Pages applied at the same time; positions are still saved in page order. */
  concurrency?: number
}

export interface SyncSummary {
  applied: Record<string, number>
  /** Time spent on each stream, reading and applying. */
  streamMs: Record<string, number>
  deletedDrafts: number
  durationMs: number
  /** The ERP's clock when the run started. */
  erpClock: string
}

export const SYNC_STREAMS = ["products", "customers", "orders", "shipments", "documents", "payments"] as const

/**
 * The version of each customer and payment row this process last announced. Those two streams have no record of
 * the version they applied, and the overlap re-reads the last minutes every second: without this, accounts with a
 * recent payment would have their cached answers dropped every second for nothing.
 */
const announcedVersions = new Map<string, string>()

function notYetAnnounced<T extends { lastUpd: string }>(stream: string, rows: T[], keyOf: (row: T) => string): T[] {
  if (announcedVersions.size > 200_000) announcedVersions.clear()
  return rows.filter((row) => {
    const key = `${stream}:${keyOf(row)}`
    if (announcedVersions.get(key) === row.lastUpd) return false
    announcedVersions.set(key, row.lastUpd)
    return true
  })
}

/**
 * Applies every OrderFlow change since the stored positions, page by page, saving each stream's position after
 * every page: a stopped sync resumes where it was, and re-applying a page changes nothing.
 */
export async function runOrderflowSync(container: MedusaContainer, options: SyncOptions): Promise<SyncSummary> {
  const started = Date.now()
  const { reader } = options
  const pageSize = options.pageSize ?? 500
  const overlap = options.overlapMinutes ?? 15
  const concurrency = options.concurrency ?? 3
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const applied: Record<string, number> = {}
  const streamMs: Record<string, number> = {}
  /** The rows whose last_upd differs from the one they were last applied at (or that were never applied). */
  const notYetAppliedIn = async <T extends { lastUpd: string }>(table: "erp_order" | "erp_shipment", rows: T[], numberOf: (row: T) => number) => {
    const appliedAt = await sync.appliedVersions(table, rows.map(numberOf))
    return rows.filter((row) => appliedAt.get(numberOf(row)) !== row.lastUpd)
  }

  const drain = <T>(
    stream: string,
    read: (after: ChangeCursor | null) => Promise<ChangePage<T>>,
    apply: (rows: T[]) => Promise<void>,
    cursorOf: (row: T) => ChangeCursor,
    notYetApplied?: (rows: T[]) => Promise<T[]>
  ) => drainStream({ sync, overlapMinutes: overlap, readFrom: options.readFrom, concurrency, onProgress: options.onProgress, applied, streamMs }, { stream, read, apply, cursorOf, notYetApplied })

  // The ERP's clock at the start: recorded as the last complete sync, for the lag shown to staff.
  const erpClock = await reader.clock()
  /**
   * Until the first complete run the portal is loading the ERP's history, not following changes: that import
   * announces nothing (no customer is told today about an order delivered two years ago, and the bench import does
   * not emit 900,000 events). So it applies each page with the import step's own code, in the same one transaction
   * per page, without the workflow engine's deep copy of every page (a sixth of the first import's CPU on the bench
   * dataset). Every later run goes through the import workflows, which emit an event for each change.
   */
  const announce = (await sync.readCursor("sync")) !== null
  const importPage = async <Input>(input: Input, workflow: PageWorkflow<Input>, step: (input: Input, container: MedusaContainer) => Promise<unknown>) => {
    await (announce ? workflow(container).run({ input }) : step(input, container))
  }
  // Products first: the orders that follow find every SKU they name as a Medusa variant.
  const portal = await portalChannel(container)
  await drain(
    "products",
    (after) => reader.productsChanged(after, pageSize),
    async (products) => {
      await importErpProductsWorkflow(container).run({ input: { products, ...portal } })
    },
    (p) => ({ lastUpd: p.lastUpd, key: p.sku }),
    (products) => productsNotYetApplied(container, products)
  )

  const customerIdsFor = async (custNos: string[]) => Object.fromEntries(await sync.customerIdsByNumber([...new Set(custNos)]))
  const sharedEmails = await reader.sharedEmails()
  await drain(
    "customers",
    (after) => reader.customers(after, pageSize),
    async (customers) => {
      const addresses = await reader.addresses(customers.map((c) => c.custNo))
      await importErpCustomersWorkflow(container).run({ input: { customers, addresses, sharedEmails } })
      const changed = notYetAnnounced("customers", customers, (c) => c.custNo)
      await announceAccountChanges(container, { customers: Object.values(await customerIdsFor(changed.map((c) => c.custNo))) })
    },
    (c) => ({ lastUpd: c.lastUpd, key: c.custNo })
  )

  const baseContext = await orderContext(container, reader)
  await drain(
    "orders",
    // Orders already applied at this last_upd are left out by the reader, before it reads their lines.
    (after) =>
      reader.orders(after, pageSize, async (versions) => {
        const fresh = new Set(await notYetAppliedIn("erp_order", versions, (v) => v.ordNo))
        return new Set(versions.filter((v) => !fresh.has(v)).map((v) => v.ordNo))
      }),
    async (orders) => {
      const custNos = [...new Set(orders.map((o) => o.custNo))]
      const [history, addresses, customerIds] = await Promise.all([
        reader.statusHistory(orders.map((o) => o.ordNo)),
        reader.addresses(custNos),
        sync.customerIdsByNumber(custNos),
      ])
      const erpCustomers = await sync.listErpCustomers({ cust_no: custNos }, { select: ["cust_no", "email", "email_shared"] })
      const context: NativeOrderContext = {
        ...baseContext,
        customerIds: Object.fromEntries(customerIds),
        emails: Object.fromEntries(erpCustomers.map((c) => [c.cust_no, c.email_shared ? null : c.email])),
        addresses: Object.fromEntries(addresses.map((a) => [a.addrId, a])),
      }
      await importPage({ orders, history, context }, importErpOrdersWorkflow, (page, scope) => importErpOrders(page, scope, { keepUndo: false }))
      // An order readdressed in OrderFlow (or imported after its invoice) moves its documents' spend with it.
      await invoicing.relocateDocuments(orders.map((order) => ({ ord_no: order.ordNo, deliv_addr_id: order.deliveryAddrId })))
      await announceAccountChanges(container, { customers: [...customerIds.values()] })
    },
    (o) => ({ lastUpd: o.lastUpd, key: String(o.ordNo).padStart(12, "0") })
  )

  await drain(
    "shipments",
    (after) => reader.shipments(after, pageSize),
    async (shipments) => {
      await importPage(shipments, importErpShipmentsWorkflow, upsertErpShipments)
      await announceAccountChanges(container, { customers: await sync.customerIdsOfOrders(shipments.map((s) => s.ordNo)) })
    },
    (s) => ({ lastUpd: s.lastUpd, key: String(s.shipId).padStart(12, "0") }),
    (shipments) => notYetAppliedIn("erp_shipment", shipments, (s) => s.shipId)
  )

  // Documents already applied at this last_upd are left out by the reader, before it reads their lines: the overlap
  // window re-reads the last 15 minutes every second, and re-applying a document rewrites its months' spend.
  const documentsApplied = async (versions: { invNo: string; lastUpd: string }[]) => {
    const appliedAt = await invoicing.appliedDocumentVersions(versions.map((v) => v.invNo))
    return new Set(versions.filter((v) => appliedAt.get(v.invNo) === v.lastUpd).map((v) => v.invNo))
  }
  await drain("documents", (after) => reader.documents(after, pageSize, documentsApplied), async (documents) => {
    const [customerIds, deliveryAddresses] = await Promise.all([
      customerIdsFor(documents.map((d) => d.custNo)),
      sync.deliveryAddressesOf(documents.flatMap((d) => (d.ordNo === null ? [] : [d.ordNo]))),
    ])
    await importPage({ documents, customerIds, deliveryAddresses: Object.fromEntries(deliveryAddresses) }, importErpDocumentsWorkflow, upsertInvoicingDocuments)
    await announceAccountChanges(container, { customers: Object.values(customerIds) })
  }, (d) => ({ lastUpd: d.lastUpd, key: d.invNo }))

  await drain("payments", (after) => reader.payments(after, pageSize), async (payments) => {
    const customerIds = await customerIdsFor(payments.map((p) => p.custNo))
    await importPage({ payments, customerIds }, importErpPaymentsWorkflow, upsertInvoicingPayments)
    await announceAccountChanges(container, { customers: notYetAnnounced("payments", payments, (p) => String(p.txnId)).flatMap((p) => customerIds[p.custNo] ?? []) })
  }, (p) => ({ lastUpd: p.lastUpd, key: String(p.txnId).padStart(12, "0") }))

  const drafts = await sync.visibleDraftNumbers()
  const stillThere = await reader.existingOrders(drafts.map((d) => d.ord_no))
  const gone = drafts.filter((d) => !stillThere.has(d.ord_no))
  if (gone.length) {
    const owners = await sync.customerIdsOfOrders(gone.map((draft) => draft.ord_no))
    await removeDeletedDraftsWorkflow(container).run({ input: gone })
    await announceAccountChanges(container, { customers: owners })
  }
  await settleChangeRequests(container, reader)
  await linkEnteredReorders(container)
  // The first import announces nothing (so no subscriber estimates its open orders): estimate them all now.
  if (!announce) await refreshDeliveryEstimates(container, { rebuild: true })
  await sync.saveCursor("sync", { lastUpd: erpClock, key: "" }, 0)

  return { applied, streamMs, deletedDrafts: gone.length, durationMs: Date.now() - started, erpClock }
}
