import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { centsToDecimalString } from "@portal/integrations"
import { DEMO_CATALOGUE } from "@portal/integrations/orderflow"
import type { SeededStore } from "./store"

const handleOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/(^-|-$)/g, "")

/** Creates the demo catalogue's categories and products (one variant per SKU); returns how many products it added. */
export async function seedCatalogue(container: MedusaContainer, store: SeededStore): Promise<number> {
  const productModule = container.resolve(Modules.PRODUCT)

  const categoryNames = [...new Set(DEMO_CATALOGUE.map((product) => product.category))]
  const existingCategories = await productModule.listProductCategories({ handle: categoryNames.map(handleOf) })
  const missingCategories = categoryNames.filter((name) => !existingCategories.some((c) => c.handle === handleOf(name)))
  if (missingCategories.length > 0) {
    await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missingCategories.map((name) => ({ name, handle: handleOf(name), is_active: true })) },
    })
  }
  const categories = await productModule.listProductCategories({ handle: categoryNames.map(handleOf) })
  const categoryId = (name: string) => categories.find((c) => c.handle === handleOf(name))!.id

  const existingVariants = await productModule.listProductVariants({ sku: DEMO_CATALOGUE.map((p) => p.sku) }, { select: ["sku"] })
  const known = new Set(existingVariants.map((variant) => variant.sku))
  const missing = DEMO_CATALOGUE.filter((product) => !known.has(product.sku))
  if (missing.length === 0) return 0

  await createProductsWorkflow(container).run({
    input: {
      products: missing.map((product) => ({
        title: product.description,
        handle: handleOf(`${product.sku} ${product.description}`),
        // Discontinued products stay visible on past orders but cannot be bought again.
        status: product.active ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
        category_ids: [categoryId(product.category)],
        shipping_profile_id: store.shippingProfileId,
        sales_channels: [{ id: store.salesChannelId }],
        metadata: { unit: product.unit, discontinued: !product.active },
        options: [{ title: "Unit", values: [product.unit] }],
        variants: [
          {
            title: product.unit,
            sku: product.sku,
            manage_inventory: false,
            options: { Unit: product.unit },
            // Medusa keeps prices in rands as decimals; the string keeps the cents exact.
            prices: [{ currency_code: "zar", amount: Number(centsToDecimalString(product.priceCents)) }],
          },
        ],
      })),
    },
  })
  return missing.length
}
