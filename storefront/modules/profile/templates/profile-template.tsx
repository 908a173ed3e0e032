import type { NotificationPreference } from "@/lib/data/notifications"
import type { Address, PendingErpChange, Profile } from "@/lib/data/profile"
import { deleteAddress, requestEmailChange, saveAddress, updateProfile } from "@/lib/data/profile-actions"
import { formatDateTime } from "@/lib/util/format"
import { ActionForm } from "@/modules/common/components/action-form"
import { Card } from "@/modules/common/components/card"
import formStyles from "@/modules/common/components/form.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { NotificationPreferences } from "@/modules/notifications/components/notification-preferences"
import { AddressFields } from "../components/address-fields"
import { TextField } from "../components/text-field"
import styles from "./profile-template.module.css"

function addressLines(address: Address): string[] {
  return [
    address.company,
    address.address_1,
    address.address_2,
    [address.city, address.postal_code].filter(Boolean).join(" "),
    [address.province, address.country_code?.toUpperCase()].filter(Boolean).join(", "),
  ].filter((line): line is string => Boolean(line))
}

export function ProfileTemplate({
  profile,
  pending,
  addresses,
  notificationPreferences,
}: {
  profile: Profile
  pending: PendingErpChange[]
  addresses: Address[]
  notificationPreferences: NotificationPreference[] | { error: string }
}) {
  return (
    <>
      <PageHeader title="Profile">
        <p>
          Customer number <strong>{profile.customer_number}</strong>. Changes here are saved at once and passed on to our order system.
        </p>
      </PageHeader>
      <div className={styles.grid}>
        <Card title="Contact details">
          <ActionForm action={updateProfile} submit="Save details" label="Contact details">
            <div className={formStyles.row}>
              <TextField name="first_name" label="First name" value={profile.first_name} autoComplete="given-name" />
              <TextField name="last_name" label="Last name" value={profile.last_name} autoComplete="family-name" />
            </div>
            <TextField name="company_name" label="Company name" value={profile.company_name} autoComplete="organization" />
            <div className={formStyles.row}>
              <TextField name="phone" label="Phone" value={profile.phone} type="tel" autoComplete="tel" />
              <TextField name="vat_number" label="VAT number" value={profile.vat_number} hint="South African VAT numbers have 10 digits and start with 4." />
            </div>
          </ActionForm>
        </Card>

        <Card title="Email address">
          <p>
            You sign in and receive documents at <strong>{profile.email ?? "no email address yet"}</strong>.
          </p>
          {profile.pending_email ? (
            <p role="status" className={formStyles.hint}>
              Waiting for you to confirm {profile.pending_email}: follow the link we emailed there.
            </p>
          ) : null}
          <ActionForm action={requestEmailChange} submit="Send confirmation link" pendingLabel="Sending…" label="Change email address">
            <TextField name="email" label="New email address" value="" type="email" autoComplete="email" hint="Nothing changes until you follow the link we send to the new address." />
            <TextField name="current_password" label="Current password" value="" type="password" autoComplete="current-password" hint="We also tell your current address, with a link to cancel the change if it was not you." />
          </ActionForm>
        </Card>
      </div>

      <div id="notifications">
        <Card title="Notification emails">
          <NotificationPreferences preferences={notificationPreferences} />
        </Card>
      </div>

      <Card title="Delivery addresses">
        {addresses.length === 0 ? <p>You have no delivery addresses yet.</p> : null}
        <ul className={styles.addresses}>
          {addresses.map((address) => (
            <li key={address.id} className={styles.address}>
              <h3>
                {address.address_name || address.address_1}
                {address.is_default_shipping ? <span className={styles.badge}>Default</span> : null}
              </h3>
              <address>
                {addressLines(address).map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </address>
              <details>
                <summary>Edit this address</summary>
                <ActionForm action={saveAddress} submit="Save address" label={`Edit ${address.address_name || address.address_1}`}>
                  <AddressFields address={address} />
                </ActionForm>
              </details>
              <ActionForm action={deleteAddress} submit="Remove" pendingLabel="Removing…" secondary label={`Remove ${address.address_name || address.address_1}`}>
                <input type="hidden" name="id" value={address.id} />
              </ActionForm>
            </li>
          ))}
        </ul>
        <details className={styles.add}>
          <summary>Add a delivery address</summary>
          <ActionForm action={saveAddress} submit="Add address" label="New delivery address">
            <AddressFields />
          </ActionForm>
        </details>
      </Card>

      {pending.length > 0 ? (
        <Card title="Waiting to reach our order system">
          <p className={formStyles.hint}>Our team enters these in the order system; until then, documents may still show the old details.</p>
          <ul className={styles.pending}>
            {pending.map((change) => (
              <li key={change.id}>
                <time dateTime={change.created_at}>{formatDateTime(change.created_at)}</time> — {change.summary}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  )
}
