import styles from "@/modules/common/components/form.module.css"

/** Choosing a password: the field, its rules beside it, and typing it again (activation, reset, joining a team). */
export function NewPasswordFields({ label, rules }: { label: string; rules: string }) {
  return (
    <>
      <label className={styles.field}>
        <span>{label}</span>
        <input name="password" type="password" autoComplete="new-password" required minLength={10} aria-describedby="password-rules" />
      </label>
      <p id="password-rules" className={styles.hint}>
        {rules}
      </p>
      <label className={styles.field}>
        <span>Type it again</span>
        <input name="confirm" type="password" autoComplete="new-password" required />
      </label>
    </>
  )
}
