import type { SignIn } from "@/lib/data/profile"
import { formatDateTime } from "@/lib/util/format"
import { Card } from "@/modules/common/components/card"
import { PageHeader } from "@/modules/common/components/page-header"
import styles from "./profile-template.module.css"

const WHAT: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in attempt",
  "auth.sign_out": "Signed out",
  "auth.timeout": "Signed out automatically",
  "auth.reset_completed": "Password reset",
  "auth.activated": "Account activated",
}

/** A short description of the browser from its user agent, e.g. "Chrome on Windows". */
function browserOf(userAgent: string | null): string {
  if (!userAgent) return "Unknown device"
  const browser = /Edg\//.test(userAgent) ? "Edge" : /Firefox\//.test(userAgent) ? "Firefox" : /Chrome\//.test(userAgent) ? "Chrome" : /Safari\//.test(userAgent) ? "Safari" : "A browser"
  const system = /Windows/.test(userAgent) ? "Windows" : /Android/.test(userAgent) ? "Android" : /iPhone|iPad/.test(userAgent) ? "iOS" : /Mac OS/.test(userAgent) ? "macOS" : /Linux/.test(userAgent) ? "Linux" : null
  return system ? `${browser} on ${system}` : browser
}

export function SecurityTemplate({ signIns }: { signIns: SignIn[] }) {
  return (
    <>
      <PageHeader title="Security">
        <p>Your recent sign-ins. If you see one that was not you, reset your password: that signs out every other session.</p>
      </PageHeader>
      <Card title="Recent sign-ins">
        {signIns.length === 0 ? (
          <p>No sign-ins recorded yet.</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Device</th>
                <th scope="col">IP address</th>
              </tr>
            </thead>
            <tbody>
              {signIns.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.created_at}>{formatDateTime(entry.created_at)}</time>
                  </td>
                  <td>{WHAT[entry.action] ?? entry.action}</td>
                  <td>{browserOf(entry.user_agent)}</td>
                  <td>{entry.ip ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  )
}
