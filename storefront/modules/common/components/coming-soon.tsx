import Link from "next/link"
import styles from "./coming-soon.module.css"

/** Says plainly that a section is not built yet, what it will do, and where to go meanwhile. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <div className={styles.box} role="status">
      <h1>{title}</h1>
      <p>
        <strong>This page is not available yet.</strong> {description}
      </p>
      <p>
        Until then, our sales office can help by phone or email, and the <Link href="/help">Help page</Link> answers the
        most common questions.
      </p>
    </div>
  )
}
