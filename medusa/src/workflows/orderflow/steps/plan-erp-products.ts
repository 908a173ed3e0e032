import type { ErpProduct } from "@portal/integrations/orderflow"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { centsToDecimalString } from "@portal/integrations"
import { erpProductHandle, erpProductMetadata } from "../../../lib/catalogue/erp-product"

export interface PlanErpProductsInput {
  products: ErpProduct[]
  sales_channel_id: string
  shipping_profile_id: string
}

/** Medusa keeps prices in rands as decimals; the string keeps the cents exact. */
const zarPrice = (product: ErpProduct) => [{ currency_code: "zar", amount: Number(centsToDecimalString(product.unitPriceCents)) }]

/**
 * Splits a page of ERP products into the Medusa products to create and those to update, by SKU. OrderFlow owns
 * every field it has: title, unit, price, VAT rate and whether the product is sold. A discontinued product stays
 * (old orders and reorders still name it) but is a draft outside the portal's sales channel, so nothing sells it.
 */
export const planErpProductsStep = createStep("plan-erp-products", async (input: PlanErpProductsInput, { container }) => {
  const productModule = container.resolve(Modules.PRODUCT)
  const variants = input.products.length
    ? await productModule.listProductVariants({ sku: input.products.map((p) => p.sku) }, { select: ["id", "sku", "product_id"] })
    : []
  const variantOf = new Map(variants.map((variant) => [variant.sku!, variant]))
  const salesChannels = (product: ErpProduct) => (product.active ? [{ id: input.sales_channel_id }] : [])
  const status = (product: ErpProduct) => (product.active ? ProductStatus.PUBLISHED : ProductStatus.DRAFT)

  const create = input.products
    .filter((product) => !variantOf.has(product.sku))
    .map((product) => ({
      title: product.descr,
      handle: erpProductHandle(product.sku),
      external_id: product.sku,
      status: status(product),
      shipping_profile_id: input.shipping_profile_id,
      sales_channels: salesChannels(product),
      metadata: erpProductMetadata(product),
      options: [{ title: "Unit", values: [product.uom] }],
      variants: [
        { title: product.uom, sku: product.sku, manage_inventory: false, options: { Unit: product.uom }, prices: zarPrice(product) },
      ],
    }))
  const update = input.products
    .filter((product) => variantOf.has(product.sku))
    .map((product) => {
      const variant = variantOf.get(product.sku)!
      return {
        id: variant.product_id!,
        title: product.descr,
        external_id: product.sku,
        status: status(product),
        sales_channels: salesChannels(product),
        metadata: erpProductMetadata(product),
        // The unit option keeps the value it was created with (Medusa ties option values to variants); the
        // unit customers see is the variant's title and the metadata.
        variants: [{ id: variant.id, title: product.uom, prices: zarPrice(product) }],
      }
    })
  return new StepResponse({ create, update })
})
