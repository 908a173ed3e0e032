import styles from "@/modules/common/components/form.module.css"

export function TextField({
  name,
  label,
  value,
  type = "text",
  autoComplete,
  hint,
}: {
  name: string
  label: string
  value: string | null | undefined
  type?: "text" | "email" | "tel" | "password"
  autoComplete?: string
  hint?: string
}) {
  const hintId = hint ? `${name}-hint` : undefined
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <input name={name} type={type} defaultValue={value ?? ""} autoComplete={autoComplete} aria-describedby={hintId} />
      {hint ? (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      ) : null}
    </label>
  )
}
