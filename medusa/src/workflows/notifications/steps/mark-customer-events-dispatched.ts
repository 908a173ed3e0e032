import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../../modules/customer-notifications/service"

/** The events people have been told of (and the ones given up on) leave the outbox. */
export const markCustomerEventsDispatchedStep = createStep(
  "mark-customer-events-dispatched",
  async (input: { notified: string[]; expired: string[] }, { container }) => {
    const events = container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE).events
    await events.markDispatched(input.notified, "notified")
    await events.markDispatched(input.expired, "expired")
    return new StepResponse(input.notified.length)
  }
)
