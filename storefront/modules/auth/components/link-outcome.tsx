import Link from "next/link"
import styles from "@/modules/common/components/form.module.css"

/** What a link form shows once it has done its work: the outcome, announced, and the way on. */
export function LinkOutcome({ message, href, label }: { message: string; href: string; label: string }) {
  return (
    <div className={styles.form}>
      <p role="status" className={styles.success}>
        {message}
      </p>
      <Link href={href}>{label}</Link>
    </div>
  )
}
