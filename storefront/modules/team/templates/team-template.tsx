import { cancelInvitation, changeTeamMember, inviteTeamMember, removeTeamMember, resendInvitation } from "@/lib/data/team-actions"
import type { Team } from "@/lib/data/team"
import { formatDate, formatDateTime } from "@/lib/util/format"
import { ActionForm } from "@/modules/common/components/action-form"
import { Card } from "@/modules/common/components/card"
import { PageHeader } from "@/modules/common/components/page-header"
import formStyles from "@/modules/common/components/form.module.css"
import { LocationPicker } from "../components/location-picker"
import { RoleSelect } from "../components/role-select"
import styles from "./team-template.module.css"

const ROLE_HELP = [
  ["Admin", "everything, including this page"],
  ["Buyer", "orders, reorders and the cart"],
  ["Accounts", "invoices, statements, payments and exports"],
  ["Viewer", "reads orders and invoices"],
] as const

/** The Team page (Admins only): who has access, with what role, open invitations, and inviting someone. */
export function TeamTemplate({ team }: { team: Team }) {
  const roleLabel = (value: string) => team.roles.find((role) => role.value === value)?.label ?? value
  const locationNames = (ids: string[]) => `only ${ids.map((id) => team.locations.find((location) => location.id === id)?.label ?? "a removed address").join("; ")}`
  return (
    <>
      <PageHeader title="Team">
        <p>Everyone who can sign in to this account, and what their role lets them do. Changes apply from their next click.</p>
        {team.sso ? (
          <p>
            People with an email at {team.sso.domains.map((domain) => `@${domain}`).join(", ")} sign in through {team.sso.display_name}; someone new joins as{" "}
            {roleLabel(team.sso.default_role)} unless their group there gives another role.{" "}
            {team.sso.required ? "Passwords are refused for them, except for the break-glass Admin." : "They may also use a portal password."} Our customer
            service team changes these settings.
          </p>
        ) : null}
      </PageHeader>
      <Card title="Invite a colleague">
        <ActionForm action={inviteTeamMember} submit="Send invitation" pendingLabel="Sending…" label="Invite a colleague">
          <div className={formStyles.row}>
            <label className={formStyles.field}>
              <span>Email</span>
              <input name="email" type="email" autoComplete="off" required />
            </label>
            <RoleSelect roles={team.roles} />
          </div>
          <LocationPicker locations={team.locations} selected={null} label="Delivery addresses for the new colleague" />
        </ActionForm>
        <ul className={styles.roles}>
          {ROLE_HELP.map(([role, what]) => (
            <li key={role}>
              <strong>{role}</strong>: {what}
            </li>
          ))}
        </ul>
      </Card>

      <Card title={`People (${team.members.length})`}>
        <ul className={styles.people}>
          {team.members.map((member) => (
            <li key={member.id} className={styles.person}>
              <div>
                <p className={styles.name}>
                  {member.full_name || member.email}
                  {member.is_you ? " (you)" : ""}
                </p>
                <p className={styles.meta}>
                  {member.full_name ? `${member.email} · ` : ""}
                  {roleLabel(member.role)}
                  {member.location_ids ? ` · ${locationNames(member.location_ids)}` : ""}
                  {member.status === "disabled" ? " · disabled by our staff" : ""} ·{" "}
                  {member.last_sign_in_at ? `last signed in ${formatDateTime(member.last_sign_in_at)}` : "not signed in yet"}
                </p>
              </div>
              <div className={styles.actions}>
                <ActionForm action={changeTeamMember} submit="Save changes" secondary label={`Role of ${member.email}`}>
                  <input type="hidden" name="id" value={member.id} />
                  <RoleSelect roles={team.roles} value={member.role} label={`Role of ${member.full_name || member.email}`} />
                  <LocationPicker locations={team.locations} selected={member.location_ids} label={`Delivery addresses of ${member.full_name || member.email}`} />
                </ActionForm>
                {member.is_you ? null : (
                  <ActionForm action={removeTeamMember} submit="Remove from account" pendingLabel="Removing…" secondary label={`Remove ${member.email}`}>
                    <input type="hidden" name="id" value={member.id} />
                  </ActionForm>
                )}
              </div>
            </li>
          ))}
        </ul>
      </Card>

      <Card title={`Open invitations (${team.invitations.length})`}>
        {team.invitations.length === 0 ? (
          <p>No invitations waiting.</p>
        ) : (
          <ul className={styles.people}>
            {team.invitations.map((invitation) => (
              <li key={invitation.id} className={styles.person}>
                <div>
                  <p className={styles.name}>{invitation.email}</p>
                  <p className={styles.meta}>
                    {roleLabel(invitation.role)} · {invitation.expired ? `expired on ${formatDate(invitation.expires_at)}` : `link works until ${formatDateTime(invitation.expires_at)}`}
                  </p>
                </div>
                <div className={styles.actions}>
                  <ActionForm action={resendInvitation} submit="Send a new link" pendingLabel="Sending…" secondary label={`Resend to ${invitation.email}`}>
                    <input type="hidden" name="id" value={invitation.id} />
                  </ActionForm>
                  <ActionForm action={cancelInvitation} submit="Cancel invitation" pendingLabel="Cancelling…" secondary label={`Cancel invitation of ${invitation.email}`}>
                    <input type="hidden" name="id" value={invitation.id} />
                  </ActionForm>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  )
}
