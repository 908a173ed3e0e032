/**
 * A NUMERIC rand amount column as integer cents in SQL, rounded half away from zero like the ERP: the one
 * definition every read model uses, so no query turns money into a float.
 */
export const sqlCents = (column: string) => `round(${column} * 100)::bigint`
