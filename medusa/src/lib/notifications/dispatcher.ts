import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dispatchCustomerEventsWorkflow } from "../../workflows/notifications/dispatch-customer-events"

const BATCH = 200

let running: Promise<number> | null = null
let again = false

/**
 * Dispatches every pending customer event, one batch after another. One run at a time per process: a call while
 * one runs asks it to look again when it is done, so a burst of sync pages costs a few runs, not one each.
 */
export function dispatchPendingCustomerEvents(container: MedusaContainer): Promise<number> {
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    let total = 0
    try {
      do {
        again = false
        for (let after = 0; ; ) {
          const { result } = await dispatchCustomerEventsWorkflow(container).run({ input: { limit: BATCH, after } })
          total += result.dispatched + result.expired
          if (result.read < BATCH) break
          after = result.lastSequence
        }
      } while (again)
    } catch (error) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Customer notifications could not be dispatched yet: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      running = null
    }
    return total
  })()
  return running
}
