import { DELIVERY_MODES, DELIVERY_MODE_LABEL } from "@portal/integrations/notifications"
import type { NotificationPreference } from "@/lib/data/notifications"
import { saveNotificationPreferences } from "@/lib/data/notification-actions"
import { ActionForm } from "@/modules/common/components/action-form"
import formStyles from "@/modules/common/components/form.module.css"
import styles from "./notification-preferences.module.css"

/** One radio group per category the person's role hears about: email at once, a daily digest, or the portal only. */
export function NotificationPreferences({ preferences }: { preferences: NotificationPreference[] | { error: string } }) {
  if ("error" in preferences) {
    return (
      <p role="alert" className={formStyles.error}>
        {preferences.error}
      </p>
    )
  }
  return (
    <ActionForm action={saveNotificationPreferences} submit="Save choices" label="Notification emails">
      <p className={formStyles.hint}>Everything also appears under the bell in the portal. The daily email comes at 07:00.</p>
      {preferences.map((preference) => (
        <div key={preference.category} className={styles.group}>
          <fieldset className={styles.fieldset}>
            <legend>
              <strong>{preference.label}</strong>
              <span className={styles.hint}>{preference.hint}</span>
            </legend>
            <div className={styles.choices}>
              {DELIVERY_MODES.map((mode) => (
                <label key={mode} className={styles.choice}>
                  <input type="radio" name={preference.category} value={mode} defaultChecked={preference.delivery === mode} />
                  {DELIVERY_MODE_LABEL[mode]}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      ))}
    </ActionForm>
  )
}
