import { signout } from "@/lib/data/auth"
import styles from "./portal-header.module.css"

/** A form, not a link: signing out changes state, so it is a POST that works without JavaScript. */
export function SignoutButton() {
  return (
    <form action={signout}>
      <button type="submit" className={styles.signout}>
        Sign out
      </button>
    </form>
  )
}
