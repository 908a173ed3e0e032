import type { Metadata } from "next"
import { ComingSoon } from "@/modules/common/components/coming-soon"

export const metadata: Metadata = { title: "Support" }

export default function SupportPage() {
  return <ComingSoon title="Support" description="Opening and following support tickets, with attachments, will be possible here." />
}
