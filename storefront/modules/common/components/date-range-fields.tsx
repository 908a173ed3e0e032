import formStyles from "./form.module.css"

/** The From and To day fields of a filter or export form (named `from` and `to`, as every portal route reads them). */
export function DateRangeFields({ from, to, required = false }: { from?: string; to?: string; required?: boolean }) {
  return (
    <>
      <label className={formStyles.field}>
        <span>From</span>
        <input name="from" type="date" required={required} defaultValue={from ?? ""} />
      </label>
      <label className={formStyles.field}>
        <span>To</span>
        <input name="to" type="date" required={required} defaultValue={to ?? ""} />
      </label>
    </>
  )
}
