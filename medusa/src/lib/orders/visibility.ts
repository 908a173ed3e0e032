/**
 * Which orders a customer sees, in SQL: the last 24 months; cancelled ones for 90 days after cancellation; drafts
 * for 7 days after creation. Enforced here, in the backend, for every list and lookup.
 */
export const VISIBLE_ORDER = `(
  (o.status = 'DR' AND o.ordered_at >= now() - interval '7 days')
  OR (o.status = 'CN' AND coalesce(o.cancelled_at, o.status_changed_at, o.ordered_at) >= now() - interval '90 days')
  OR (o.status NOT IN ('DR', 'CN') AND o.ordered_at >= now() - interval '24 months')
)`
