import type { Metadata } from "next"
import { getProfile, listAddresses } from "@/lib/data/profile"
import { ProfileTemplate } from "@/modules/profile/templates/profile-template"

export const metadata: Metadata = { title: "Profile" }

export default async function ProfilePage() {
  const [{ profile, pending_erp_changes: pending }, addresses] = await Promise.all([getProfile(), listAddresses()])
  return <ProfileTemplate profile={profile} pending={pending} addresses={addresses} />
}
