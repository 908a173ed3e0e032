/**
 * Which orders a customer sees, in SQL: the last 24 months; cancelled ones for 90 days after cancellation; drafts
 * for 7 days after creation. Enforced here, in the backend, for every list and lookup. The rule itself lives in
 * `erp_order.visible_until`, a column PostgreSQL computes on every write (migration 20261122050000), so the
 * history's count is an index range.
 */
export const visibleOrder = (alias: string) => `${alias}.visible_until > now()`

