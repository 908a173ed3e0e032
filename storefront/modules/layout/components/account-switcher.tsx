import { switchAccount } from "@/lib/data/team-actions"
import type { PortalAccount } from "@/lib/data/me"
import styles from "./portal-header.module.css"

/** For a person with several accounts: which one they act for. A plain form, so it works without JavaScript. */
export function AccountSwitcher({ accounts, current }: { accounts: PortalAccount[]; current: string | null }) {
  return (
    <form action={switchAccount} className={styles.switcher}>
      <label className={styles.switcherLabel}>
        <span className="visually-hidden">Account</span>
        <select name="customer_id" defaultValue={current ?? undefined} className={styles.switcherSelect}>
          {accounts.map((account) => (
            <option key={account.customer_id} value={account.customer_id}>
              {account.name} ({account.customer_number}, {account.role_label})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={styles.signout}>
        Switch
      </button>
    </form>
  )
}
