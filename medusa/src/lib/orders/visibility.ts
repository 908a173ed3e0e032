/**
 * Which orders a customer sees, in SQL: the last 24 months; cancelled ones for 90 days after cancellation; drafts
 * for 7 days after creation. Enforced here, in the backend, for every list and lookup. The rule itself lives in
 * `erp_order.visible_until`, a column PostgreSQL computes on every write (migration 20261122050000), so the
 * history's count is an index range.
 */
export const visibleOrder = (alias: string) => `${alias}.visible_until > now()`

/**
 * The same rule for a Medusa order (`ord`) with its OrderFlow facts (`o`, LEFT JOINed): every order a customer can
 * reach through Medusa's stock order routes follows it. An order OrderFlow does not know yet (a reorder waiting for
 * staff to key it in) follows the 24-month window.
 */
export const VISIBLE_NATIVE_ORDER = `(CASE WHEN o.id IS NULL THEN ord.created_at > now() - interval '24 months' ELSE ${visibleOrder("o")} END)`

/** `FROM` clause for VISIBLE_NATIVE_ORDER. */
export const NATIVE_ORDER_WITH_ERP = `"order" ord LEFT JOIN erp_order o ON o.order_id = ord.id AND o.deleted_at IS NULL`
