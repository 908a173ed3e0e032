import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"

/**
 * On an ERP product's page: OrderFlow owns its description, unit, price, VAT rate and whether it is sold. The sync
 * overwrites edits made here the next time the ERP changes the product, so staff change those in OrderFlow.
 */
const ProductErpOwnershipWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const metadata = product.metadata ?? {}
  if (metadata.erp_owned !== true) return null
  const vat = typeof metadata.vat_rate_basis_points === "number" ? `${(metadata.vat_rate_basis_points / 100).toFixed(2)} %` : "—"
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-center gap-x-2">
        <Heading level="h2">Owned by OrderFlow</Heading>
        <Badge color={metadata.discontinued === true ? "orange" : "green"}>{metadata.discontinued === true ? "Discontinued" : "Sold in the portal"}</Badge>
      </div>
      <Text size="small">
        SKU {product.external_id ?? "—"} comes from the ERP. Its title, unit, price, VAT rate ({vat}) and whether it is sold are
        OrderFlow&apos;s: change them there. Edits made here are overwritten the next time OrderFlow changes this product.
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.before" })

export default ProductErpOwnershipWidget
