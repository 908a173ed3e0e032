import type { Team } from "@/lib/data/team"
import styles from "./location-picker.module.css"

/**
 * Which of the account's delivery addresses a Buyer or Viewer is limited to (none ticked: all of them). The backend
 * refuses a limit for Admins and Accounts people, who work for the whole account.
 */
export function LocationPicker({ locations, selected, label }: { locations: Team["locations"]; selected: string[] | null; label: string }) {
  if (locations.length < 2) return null
  const chosen = new Set(selected ?? [])
  return (
    <details className={styles.picker} open={chosen.size > 0}>
      <summary>{chosen.size ? `Limited to ${chosen.size} of ${locations.length} delivery addresses` : "All delivery addresses"}</summary>
      <fieldset className={styles.choices}>
        <legend>{label}</legend>
        {locations.map((location) => (
          <label key={location.id} className={styles.choice}>
            <input type="checkbox" name="location_ids" value={location.id} defaultChecked={chosen.has(location.id)} />
            <span>{location.label}</span>
          </label>
        ))}
        <p className={styles.hint}>Tick none for every address. A Buyer or Viewer limited to some sees and reorders only the orders delivered there.</p>
      </fieldset>
    </details>
  )
}
