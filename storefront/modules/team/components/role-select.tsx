import type { Team } from "@/lib/data/team"
import styles from "@/modules/common/components/form.module.css"

/** The role field of the invitation and member forms. */
export function RoleSelect({ roles, value, label = "Role" }: { roles: Team["roles"]; value?: string; label?: string }) {
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <select name="role" defaultValue={value ?? "viewer"}>
        {roles.map((role) => (
          <option key={role.value} value={role.value}>
            {role.label}
          </option>
        ))}
      </select>
    </label>
  )
}
