import styles from "./help.module.css"

/** The help centre's own search form (a GET form: works without JavaScript). */
export function HelpSearchForm({ query = "" }: { query?: string }) {
  return (
    <form action="/help/search" method="get" role="search" className={styles.searchForm}>
      <label htmlFor="help-search-query" className="visually-hidden">
        Search the help centre
      </label>
      <input id="help-search-query" type="search" name="q" defaultValue={query} maxLength={100} placeholder="What do you need help with?" />
      <button type="submit">Search</button>
    </form>
  )
}
