import type { Metadata } from "next"
import { getNotificationPreferences } from "@/lib/data/notifications"
import { getProfile, listAddresses } from "@/lib/data/profile"
import { ProfileTemplate } from "@/modules/profile/templates/profile-template"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Profile" }

export default async function ProfilePage() {
  const [{ profile, pending_erp_changes: pending }, addresses, preferences] = await Promise.all([getProfile(), listAddresses(), getNotificationPreferences()])
  return (
    <>
      <ProfileTemplate profile={profile} pending={pending} addresses={addresses} notificationPreferences={preferences} />
      <PageHelp pages={["profile"]} />
    </>
  )
}
