import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { type PlanErpProductsInput, planErpProductsStep } from "./steps/plan-erp-products"
import { setErpProductVatRatesStep } from "./steps/set-erp-product-vat-rates"

export const importErpProductsWorkflowId = "import-erp-products"

/**
 * Brings a page of OrderFlow products in as Medusa products, one variant per SKU, through Medusa's own product
 * workflows, and taxes each at OrderFlow's VAT rate (each step undoes its own writes if a later one fails).
 */
export const importErpProductsWorkflow = createWorkflow(importErpProductsWorkflowId, (input: PlanErpProductsInput) => {
  const plan = planErpProductsStep(input)
  when("create-erp-products", { plan }, ({ plan }) => plan.create.length > 0).then(() => {
    createProductsWorkflow.runAsStep({ input: { products: plan.create } })
  })
  when("update-erp-products", { plan }, ({ plan }) => plan.update.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: { products: plan.update } })
  })
  setErpProductVatRatesStep(input.products)
  const counts = transform({ plan }, ({ plan }) => ({ created: plan.create.length, updated: plan.update.length }))
  return new WorkflowResponse(counts)
})
