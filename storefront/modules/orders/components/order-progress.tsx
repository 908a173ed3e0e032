import { ORDER_STAGE_LABEL, ORDER_STAGES, ORDER_STATUS_LABEL, stageOf, type OrderStage } from "@portal/integrations/order-status"
import { formatDateTime } from "@/lib/util/format"
import type { OrderDetail } from "@/lib/data/orders"
import styles from "./order-progress.module.css"

type Step = OrderDetail["timeline"][number]

/** Where the order stands: Pending → Processing → Shipped → Delivered, with the time each stage was last reached. */
function progressOf(order: Pick<OrderDetail, "status" | "timeline">) {
  // A hold keeps the stage the order was at; a recall (a backward move) shows the earlier stage again, honestly.
  const lastStage = [...order.timeline].reverse().map((step) => stageOf(step.status)).find(Boolean) ?? null
  const current: OrderStage | null = stageOf(order.status) ?? (order.status === "HD" ? lastStage : null)
  const reachedAt = new Map<OrderStage, string>()
  for (const step of order.timeline) {
    const stage = stageOf(step.status)
    if (stage) reachedAt.set(stage, step.changed_at)
  }
  return { current, reachedAt }
}

export function OrderProgress({ order }: { order: Pick<OrderDetail, "status" | "timeline" | "status_changed_at"> }) {
  const { current, reachedAt } = progressOf(order)
  const currentIndex = current ? ORDER_STAGES.indexOf(current) : -1
  return (
    <div className={styles.progress}>
      {order.status === "CN" || order.status === "HD" || order.status === "DR" ? (
        <p className={`${styles.notice} ${order.status === "CN" ? styles.cancelled : ""}`} role="status">
          <strong>{ORDER_STATUS_LABEL[order.status]}</strong>
          {order.status_changed_at ? ` since ${formatDateTime(order.status_changed_at)}` : ""}
          {order.status === "HD" ? ". We will let you know as soon as it moves again." : "."}
        </p>
      ) : null}
      <ol className={styles.stages} aria-label="Order progress">
        {ORDER_STAGES.map((stage, index) => {
          const state = order.status === "CN" || currentIndex < index ? "upcoming" : index === currentIndex ? "current" : "done"
          const at = state === "upcoming" ? undefined : reachedAt.get(stage)
          return (
            <li key={stage} className={styles[state]} aria-current={state === "current" ? "step" : undefined}>
              <span className={styles.dot} aria-hidden="true" />
              <span className={styles.label}>
                {ORDER_STAGE_LABEL[stage]}
                <span className="visually-hidden">{state === "done" ? " (done)" : state === "current" ? " (current)" : " (not yet)"}</span>
              </span>
              {at ? <time dateTime={at}>{formatDateTime(at)}</time> : null}
            </li>
          )
        })}
      </ol>
      <ol className={styles.history} aria-label="Every status change">
        {order.timeline.map((step: Step, index) => (
          <li key={`${step.changed_at}-${index}`}>
            <strong>{ORDER_STATUS_LABEL[step.status]}</strong> <time dateTime={step.changed_at}>{formatDateTime(step.changed_at)}</time>
            {step.remark ? ` — ${step.remark}` : ""}
          </li>
        ))}
      </ol>
    </div>
  )
}
