import type { ErpProduct } from "@portal/integrations/orderflow"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

/** The code of the tax rate that products with this VAT rate (hundredths of a percent) are taxed at. */
export const vatRateCode = (basisPoints: number) => `VAT-${basisPoints}`

interface RuleChanges {
  created: string[]
  removed: { tax_rate_id: string; reference_id: string }[]
}

/**
 * Gives each product OrderFlow taxes at another rate than South Africa's default VAT (zero-rated basics, say) a
 * product rule on a tax rate of its own ("VAT 0 %"), so carts and reorders charge what the ERP invoices; a product
 * back at the default rate loses its rule. Undoing puts the rules back as they were.
 */
export const setErpProductVatRatesStep = createStep(
  "set-erp-product-vat-rates",
  async (products: ErpProduct[], { container }) => {
    const tax = container.resolve(Modules.TAX)
    const changes: RuleChanges = { created: [], removed: [] }
    const [region] = await tax.listTaxRegions({ country_code: "za" }, { take: 1 })
    if (!region || products.length === 0) return new StepResponse(changes, changes)
    const rates = await tax.listTaxRates({ tax_region_id: region.id })
    const defaultRate = rates.find((rate) => rate.is_default)
    const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: products.map((p) => p.sku) }, { select: ["sku", "product_id"] })
    const productIdOf = new Map(variants.map((variant) => [variant.sku!, variant.product_id!]))
    const ownRates = rates.filter((rate) => rate.code?.startsWith("VAT-"))
    const rules = ownRates.length
      ? await tax.listTaxRateRules({ tax_rate_id: ownRates.map((rate) => rate.id), reference: "product", reference_id: [...productIdOf.values()] })
      : []

    const rateFor = async (basisPoints: number) => {
      const code = vatRateCode(basisPoints)
      const existing = ownRates.find((rate) => rate.code === code)
      if (existing) return existing
      const created = await tax.createTaxRates({ tax_region_id: region.id, code, name: `VAT ${basisPoints / 100} %`, rate: basisPoints / 100, is_default: false })
      ownRates.push(created)
      return created
    }
    const toRemove: string[] = []
    const toCreate: { tax_rate_id: string; reference: string; reference_id: string }[] = []
    for (const product of products) {
      const productId = productIdOf.get(product.sku)
      if (!productId) continue
      const atDefault = defaultRate !== undefined && Math.round(Number(defaultRate.rate) * 100) === product.vatRateBasisPoints
      const target = atDefault ? null : await rateFor(product.vatRateBasisPoints)
      const own = rules.filter((rule) => rule.reference_id === productId)
      for (const rule of own.filter((rule) => rule.tax_rate_id !== target?.id)) {
        toRemove.push(rule.id)
        changes.removed.push({ tax_rate_id: rule.tax_rate_id, reference_id: productId })
      }
      if (target && !own.some((rule) => rule.tax_rate_id === target.id)) toCreate.push({ tax_rate_id: target.id, reference: "product", reference_id: productId })
    }
    if (toRemove.length) await tax.deleteTaxRateRules(toRemove)
    if (toCreate.length) changes.created = (await tax.createTaxRateRules(toCreate)).map((rule) => rule.id)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes) return
    const tax = container.resolve(Modules.TAX)
    if (changes.created.length) await tax.deleteTaxRateRules(changes.created)
    if (changes.removed.length) await tax.createTaxRateRules(changes.removed.map((rule) => ({ ...rule, reference: "product" })))
  }
)
