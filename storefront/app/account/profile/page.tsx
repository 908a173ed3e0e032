import type { Metadata } from "next"
import { ComingSoon } from "@/modules/common/components/coming-soon"

export const metadata: Metadata = { title: "Profile" }

export default function ProfilePage() {
  return <ComingSoon title="Profile" description="Editing your contact details and delivery addresses will be possible here." />
}
