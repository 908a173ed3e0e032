import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { PORTAL_SALES_CHANNEL } from "../../lib/catalogue/erp-product"

export const PORTAL_PUBLISHABLE_KEY_TITLE = "Customer portal storefront"
const REGION_NAME = "South Africa"

export interface SeededStore {
  regionId: string
  salesChannelId: string
  shippingProfileId: string
  stockLocationId: string
}

export async function seedStore(container: MedusaContainer): Promise<SeededStore> {
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const storeModule = container.resolve(Modules.STORE)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)

  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: PORTAL_SALES_CHANNEL })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: PORTAL_SALES_CHANNEL, description: "Orders and reorders placed by customers in the portal" }] },
    })
    salesChannel = result[0]!
  }

  let [region] = await regionModule.listRegions({ name: REGION_NAME })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: { regions: [{ name: REGION_NAME, currency_code: "zar", countries: ["za"], payment_providers: ["pp_system_default"] }] },
    })
    region = result[0]!
  }

  const [taxRegion] = await taxModule.listTaxRegions({ country_code: "za" })
  if (!taxRegion) {
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "za", provider_id: "tp_system", default_tax_rate: { name: "VAT", code: "VAT", rate: 15 } }],
    })
  }

  const [store] = await storeModule.listStores()
  if (store && (store.default_region_id !== region.id || store.default_sales_channel_id !== salesChannel.id)) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Wholesale customer portal",
          supported_currencies: [{ currency_code: "zar", is_default: true }],
          default_region_id: region.id,
          default_sales_channel_id: salesChannel.id,
        },
      },
    })
  }

  let [apiKey] = await apiKeyModule.listApiKeys({ title: PORTAL_PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PORTAL_PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    apiKey = result[0]!
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  }

  let [shippingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default shipping profile", type: "default" }] },
    })
    shippingProfile = result[0]!
  }

  let [stockLocation] = await stockLocationModule.listStockLocations({ name: "Main warehouse" })
  if (!stockLocation) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: "Main warehouse", address: { address_1: "12 Depot Road", city: "Johannesburg", country_code: "za", postal_code: "2001" } }] },
    })
    stockLocation = result[0]!
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: stockLocation.id, add: [salesChannel.id] } })
  }

  return {
    regionId: region.id,
    salesChannelId: salesChannel.id,
    shippingProfileId: shippingProfile.id,
    stockLocationId: stockLocation.id,
  }
}
