import type { ChangeCursor, ChangePage, ErpProduct, OrderFlowReader } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PORTAL_SALES_CHANNEL } from "../catalogue/erp-product"
import { settleChangeRequests } from "./change-requests"
import { linkEnteredReorders } from "./reorders"
import type { NativeOrderContext } from "./native-orders"
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

/** Moves an ERP wall-clock timestamp text by whole minutes, staying in the ERP's own text form. */
export function shiftErpTimestamp(text: string, minutes: number): string {
  const [date, time = "00:00:00"] = text.split(" ")
  const shifted = new Date(Date.parse(`${date}T${time.slice(0, 8)}Z`) + minutes * 60_000)
  return shifted.toISOString().slice(0, 19).replace("T", " ")
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
  const applied: Record<string, number> = {}
  const streamMs: Record<string, number> = {}

  /**
   * Reads a stream page by page and applies up to `concurrency` pages at once (each on its own connection, so
   * PostgreSQL works on several cores). Positions are saved strictly in page order, only once every earlier page
   * is applied: a stop never skips a page. A row read twice (changed while the run was going) waits for its
   * earlier page, so no row is ever applied by two pages at the same time.
   */
  async function drain<T>(
    stream: string,
    read: (after: ChangeCursor | null) => Promise<ChangePage<T>>,
    apply: (rows: T[]) => Promise<void>,
    cursorOf: (row: T) => ChangeCursor,
    /** The page's rows not yet applied at their last_upd (for streams the reader does not already filter). */
    notYetApplied: (rows: T[]) => Promise<T[]> = async (rows) => rows
  ) {
    const stored = await sync.readCursor(stream)
    let after: ChangeCursor | null = stored ? { lastUpd: shiftErpTimestamp(stored.lastUpd, -overlap), key: "" } : null
    if (stored && after && options.readFrom && options.readFrom > after.lastUpd) {
      after = options.readFrom >= stored.lastUpd ? stored : { lastUpd: options.readFrom, key: "" }
    }
    applied[stream] = 0
    const streamStarted = Date.now()
    const inFlight = new Set<{ keys: Set<string>; settled: Promise<void> }>()
    let saved: Promise<void> = Promise.resolve()
    let failed = false
    while (!failed) {
      const page = await read(after)
      // A page can be empty but not the end when the reader left out rows that are already applied.
      if (page.rows.length === 0 && !page.last) break
      const keys = new Set(page.rows.map((row) => cursorOf(row).key))
      const overlapsWith = [...inFlight].filter((other) => [...keys].some((key) => other.keys.has(key)))
      while (inFlight.size >= concurrency || overlapsWith.some((other) => inFlight.has(other))) await Promise.race([...inFlight].map((other) => other.settled))

      // The overlap window re-reads rows applied by earlier runs: skip those whose last_upd is the one applied,
      // so a bulk change in the ERP is not re-applied every second for the whole window.
      const applying = (async () => {
        const fresh = page.rows.length ? await notYetApplied(page.rows) : []
        if (fresh.length > 0) await apply(fresh)
        return fresh.length
      })()
      const last = page.last ?? cursorOf(page.rows[page.rows.length - 1]!)
      saved = Promise.all([saved, applying]).then(async ([, count]) => {
        await sync.saveCursor(stream, last, count)
        applied[stream] += count
        options.onProgress?.(stream, applied[stream]!)
      })
      // Handled here so a failure waits, unreported, for the `await saved` below that rethrows it.
      saved.catch(() => undefined)
      const entry = {
        keys,
        settled: applying.then(
          () => undefined,
          () => {
            failed = true
          }
        ),
      }
      void entry.settled.finally(() => inFlight.delete(entry))
      inFlight.add(entry)
      if (!page.next) break
      after = page.next
    }
    await Promise.all([...inFlight].map((entry) => entry.settled))
    await saved
    streamMs[stream] = Date.now() - streamStarted
  }

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

  const sharedEmails = await reader.sharedEmails()
  await drain(
    "customers",
    (after) => reader.customers(after, pageSize),
    async (customers) => {
      const addresses = await reader.addresses(customers.map((c) => c.custNo))
      await importErpCustomersWorkflow(container).run({ input: { customers, addresses, sharedEmails } })
    },
    (c) => ({ lastUpd: c.lastUpd, key: c.custNo })
  )

  const baseContext = await orderContext(container, reader)
  await drain(
    "orders",
    // Orders already applied at this last_upd are left out by the reader, before it reads their lines.
    (after) =>
      reader.orders(after, pageSize, async (versions) => {
        const fresh = new Set(await notYetAppliedIn(container, "erp_order", "ord_no", versions, (v) => v.ordNo))
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
    },
    (o) => ({ lastUpd: o.lastUpd, key: String(o.ordNo).padStart(12, "0") })
  )

  await drain(
    "shipments",
    (after) => reader.shipments(after, pageSize),
    async (shipments) => {
      await importPage(shipments, importErpShipmentsWorkflow, upsertErpShipments)
    },
    (s) => ({ lastUpd: s.lastUpd, key: String(s.shipId).padStart(12, "0") }),
    (shipments) => notYetAppliedIn(container, "erp_shipment", "ship_id", shipments, (s) => s.shipId)
  )

  const customerIdsFor = async (custNos: string[]) => Object.fromEntries(await sync.customerIdsByNumber([...new Set(custNos)]))
  await drain("documents", (after) => reader.documents(after, pageSize), async (documents) => {
    await importPage({ documents, customerIds: await customerIdsFor(documents.map((d) => d.custNo)) }, importErpDocumentsWorkflow, upsertInvoicingDocuments)
  }, (d) => ({ lastUpd: d.lastUpd, key: d.invNo }))

  await drain("payments", (after) => reader.payments(after, pageSize), async (payments) => {
    await importPage({ payments, customerIds: await customerIdsFor(payments.map((p) => p.custNo)) }, importErpPaymentsWorkflow, upsertInvoicingPayments)
  }, (p) => ({ lastUpd: p.lastUpd, key: String(p.txnId).padStart(12, "0") }))

  const drafts = await sync.visibleDraftNumbers()
  const stillThere = await reader.existingOrders(drafts.map((d) => d.ord_no))
  const gone = drafts.filter((d) => !stillThere.has(d.ord_no))
  if (gone.length) await removeDeletedDraftsWorkflow(container).run({ input: gone })
  await settleChangeRequests(container, reader)
  await linkEnteredReorders(container)
  await sync.saveCursor("sync", { lastUpd: erpClock, key: "" }, 0)

  return { applied, streamMs, deletedDrafts: gone.length, durationMs: Date.now() - started, erpClock }
}

/**
 * The rows whose last_upd differs from the one they were last applied at (or that were never applied). Only for
 * tables whose every change touches last_upd in the ERP (an order's lines and history touch its header).
 */
async function notYetAppliedIn<T extends { lastUpd: string }>(
  container: MedusaContainer,
  table: "erp_order" | "erp_shipment",
  column: "ord_no" | "ship_id",
  rows: T[],
  numberOf: (row: T) => number
): Promise<T[]> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: applied } = await knex.raw(`SELECT ${column} AS number, last_upd FROM ${table} WHERE ${column} = ANY(?) AND deleted_at IS NULL`, [rows.map(numberOf)])
  const appliedAt = new Map((applied as { number: number; last_upd: string }[]).map((row) => [Number(row.number), row.last_upd]))
  return rows.filter((row) => appliedAt.get(numberOf(row)) !== row.lastUpd)
}

/** The portal's sales channel and the shipping profile its products ship with, from the seed. */
async function portalChannel(container: MedusaContainer): Promise<{ sales_channel_id: string; shipping_profile_id: string }> {
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: PORTAL_SALES_CHANNEL }, { take: 1 })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 })
  if (!channel || !profile) throw new Error("The Customer portal sales channel or the default shipping profile is missing: run the seed first")
  return { sales_channel_id: channel.id, shipping_profile_id: profile.id }
}

/** The ERP products whose last_upd differs from the one their Medusa product was last imported at. */
async function productsNotYetApplied(container: MedusaContainer, products: ErpProduct[]): Promise<ErpProduct[]> {
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ sku: products.map((p) => p.sku) }, { select: ["sku", "product.metadata"], relations: ["product"] })
  const appliedAt = new Map(variants.map((variant) => [variant.sku!, variant.product?.metadata?.erp_last_upd]))
  return products.filter((product) => appliedAt.get(product.sku) !== product.lastUpd)
}

/** Region, sales channel and SKU → variant map for native orders, read once per run. */
async function orderContext(container: MedusaContainer, reader: OrderFlowReader): Promise<Pick<NativeOrderContext, "regionId" | "salesChannelId" | "variants">> {
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "zar" }, { take: 1 })
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: PORTAL_SALES_CHANNEL }, { take: 1 })
  if (!region || !channel) throw new Error("The ZAR region or the Customer portal sales channel is missing: run the seed first")
  const skus = (await reader.products()).map((p) => p.sku)
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: skus }, { select: ["id", "sku", "product_id"], relations: ["product"] })
  return {
    regionId: region.id,
    salesChannelId: channel.id,
    variants: Object.fromEntries(variants.map((v) => [v.sku!, { variantId: v.id, productId: v.product_id!, productTitle: v.product?.title ?? v.sku! }])),
  }
}
