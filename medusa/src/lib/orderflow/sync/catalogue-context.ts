import type { ErpProduct, OrderFlowReader } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PORTAL_SALES_CHANNEL } from "../../catalogue/erp-product"
import type { NativeOrderContext } from "../native-orders"

/** The portal's sales channel and the shipping profile its products ship with, from the seed. */
export async function portalChannel(container: MedusaContainer): Promise<{ sales_channel_id: string; shipping_profile_id: string }> {
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: PORTAL_SALES_CHANNEL }, { take: 1 })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 })
  if (!channel || !profile) throw new Error("The Customer portal sales channel or the default shipping profile is missing: run the seed first")
  return { sales_channel_id: channel.id, shipping_profile_id: profile.id }
}

/** The ERP products whose last_upd differs from the one their Medusa product was last imported at. */
export async function productsNotYetApplied(container: MedusaContainer, products: ErpProduct[]): Promise<ErpProduct[]> {
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ sku: products.map((p) => p.sku) }, { select: ["sku", "product.metadata"], relations: ["product"] })
  const appliedAt = new Map(variants.map((variant) => [variant.sku!, variant.product?.metadata?.erp_last_upd]))
  return products.filter((product) => appliedAt.get(product.sku) !== product.lastUpd)
}

/** Region, sales channel and SKU → variant map for native orders, read once per run. */
export async function orderContext(container: MedusaContainer, reader: OrderFlowReader): Promise<Pick<NativeOrderContext, "regionId" | "salesChannelId" | "variants">> {
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
