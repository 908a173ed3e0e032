import type { OrderDeliveryEstimate } from "@portal/integrations/order-status"
import { formatDay, formatDayRange } from "@/lib/util/format"
import styles from "../templates/order-history-template.module.css"

/**
 * The portal's estimate beside the promise: the range, how likely it is, what it rests on, and a word when orders
 * like this one now arrive after the promised day.
 */
export function DeliveryEstimate({ estimate, promisedDate, late }: { estimate: OrderDeliveryEstimate; promisedDate: string | null; late: boolean }) {
  const inTen = Math.round(estimate.coverage_percent / 10)
  return (
    <div>
      <p className={styles.estimate}>
        <strong>Expected {formatDayRange(estimate.earliest_date, estimate.latest_date)}</strong>
      </p>
      <p>
        {inTen} in 10 orders like this arrive in this range. <span className={styles.explanation}>{estimate.explanation}</span>
      </p>
      {estimate.running_late && !late && promisedDate ? (
        <p data-running-late>
          <strong>Running late:</strong> orders like this are arriving after the {formatDay(promisedDate)} we promised. We are following it up.
        </p>
      ) : null}
    </div>
  )
}
