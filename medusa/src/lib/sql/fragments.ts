/** SQL fragments the read models share, so each rule is written once. */

/**
 * A NUMERIC rand amount column as integer cents in SQL, rounded half away from zero like the ERP: the one
 * definition every read model uses, so no query turns money into a float.
 */
export const sqlCents = (column: string) => `round(${column} * 100)::bigint`

/**
 * The documents that count: OrderFlow keeps void invoices and credit notes, and they never count in a balance,
 * a total or an export. `alias` is the invoice table's alias in the query, if it has one.
 */
export const countsInBalance = (alias?: string) => `${alias ? `${alias}.` : ""}erp_status <> 'void'`
