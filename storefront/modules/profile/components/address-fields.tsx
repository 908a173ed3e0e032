import { SOUTH_AFRICAN_PROVINCES } from "@portal/integrations/locale"
import type { Address } from "@/lib/data/profile"
import styles from "@/modules/common/components/form.module.css"
import { TextField } from "./text-field"


/** The fields of a delivery address; South African addresses need a province and a 4-digit postal code. */
export function AddressFields({ address }: { address?: Address }) {
  return (
    <>
      {address ? <input type="hidden" name="id" value={address.id} /> : null}
      <div className={styles.row}>
        <TextField name="address_name" label="Name for this address (optional)" value={address?.address_name} hint="Like “Main store” or “Warehouse”." />
        <TextField name="company" label="Company (optional)" value={address?.company} autoComplete="organization" />
      </div>
      <TextField name="address_1" label="Street address" value={address?.address_1} autoComplete="address-line1" />
      <TextField name="address_2" label="Address line 2 (optional)" value={address?.address_2} autoComplete="address-line2" />
      <div className={styles.row}>
        <TextField name="city" label="City or town" value={address?.city} autoComplete="address-level2" />
        <TextField name="province" label="Province" value={address?.province} autoComplete="address-level1" hint={`In South Africa: ${SOUTH_AFRICAN_PROVINCES.join(", ")}.`} />
      </div>
      <div className={styles.row}>
        <TextField name="postal_code" label="Postal code" value={address?.postal_code} autoComplete="postal-code" hint="4 digits in South Africa, like 2196." />
        <TextField name="country_code" label="Country code" value={address?.country_code?.toUpperCase() ?? "ZA"} autoComplete="country" hint="Two letters: ZA for South Africa." />
      </div>
      <TextField name="phone" label="Phone at this address (optional)" value={address?.phone} type="tel" autoComplete="tel" />
      <label className={styles.check}>
        <input type="checkbox" name="is_default_shipping" defaultChecked={address?.is_default_shipping ?? false} />
        <span>Use as my default delivery address</span>
      </label>
    </>
  )
}
