import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { markCustomerEventsDispatchedStep } from "./steps/mark-customer-events-dispatched"
import { prepareCustomerNotificationsStep } from "./steps/prepare-customer-notifications"
import { sendCustomerNotificationsStep } from "./steps/send-customer-notifications"

export const dispatchCustomerEventsWorkflowId = "dispatch-customer-events"

/**
 * Tells people about the customer events whose changes the portal has applied: the inbox, open pages and emails,
 * each once, for one page of the outbox (`after` a sequence number). Run after every sync page that recorded events,
 * and by a job as the safety net.
 */
export const dispatchCustomerEventsWorkflow = createWorkflow(dispatchCustomerEventsWorkflowId, (input: { limit: number; after: number }) => {
  const prepared = prepareCustomerNotificationsStep(input)
  const sent = sendCustomerNotificationsStep(prepared)
  const dispatched = markCustomerEventsDispatchedStep(transform({ prepared }, ({ prepared }) => ({ notified: prepared.notified, expired: prepared.expired })))
  return new WorkflowResponse(transform({ prepared, sent, dispatched }, ({ prepared, sent, dispatched }) => ({
      read: prepared.read,
      lastSequence: prepared.lastSequence,
      dispatched,
      expired: prepared.expired.length,
      emails: prepared.emails.length,
      emailsFailed: sent.emailsFailed,
    })))
})
