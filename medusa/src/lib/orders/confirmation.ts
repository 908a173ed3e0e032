import { formatRand } from "@portal/integrations"
import { sellerDetails, type BusinessDocument } from "@portal/integrations/documents"
import { formatDateTime, formatDay, formatQuantity } from "@portal/integrations/locale"
import { ORDER_STATUS_LABEL } from "@portal/integrations/order-status"
import type { PortalCustomer } from "../access/identifier"
import type { OrderDetail } from "@portal/integrations/order-status"

/** The order confirmation as a business document: what was ordered, at which prices, with OrderFlow's totals. */
export function orderConfirmationDocument(order: OrderDetail, customer: PortalCustomer & { name: string }): BusinessDocument {
  const address = order.delivery_address
  return {
    title: "Order confirmation",
    number: String(order.ord_no),
    seller: sellerDetails(),
    recipient: {
      name: customer.name,
      lines: [
        `Customer ${customer.customer_number}`,
        ...(address ? [address.address_1, address.address_2, [address.city, address.postal_code].filter(Boolean).join(" "), address.province] : []),
      ].filter((line): line is string => Boolean(line)),
    },
    facts: [
      ["Order date", formatDateTime(order.ordered_at)],
      ["Status", ORDER_STATUS_LABEL[order.status]],
      ...(order.po_ref ? [["PO reference", order.po_ref] as [string, string]] : []),
      ...(order.promised_date ? [["Promised delivery", formatDay(order.promised_date)] as [string, string]] : []),
    ],
    columns: [
      { header: "#" },
      { header: "Product", width: "*" },
      { header: "SKU" },
      { header: "Quantity", align: "right" },
      { header: "Unit price", align: "right" },
      { header: "Discount", align: "right" },
      { header: "Line total", align: "right" },
    ],
    rows: order.lines.map((line) => [
      String(line.line_no),
      line.description,
      line.sku ?? "—",
      `${formatQuantity(line.quantity)}${line.uom ? ` ${line.uom}` : ""}`,
      formatRand(line.unit_price_cents),
      line.discount_percent ? `${line.discount_percent} %` : "—",
      formatRand(line.line_total_cents),
    ]),
    totals: [
      ["Subtotal", formatRand(order.sub_total_cents)],
      ["VAT", formatRand(order.vat_total_cents)],
      ["Total", formatRand(order.total_cents)],
    ],
    notes: order.notes ? [`Notes: ${order.notes}`] : [],
  }
}
