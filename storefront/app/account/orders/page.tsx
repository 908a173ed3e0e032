import type { Metadata } from "next"
import { ComingSoon } from "@/modules/common/components/coming-soon"

export const metadata: Metadata = { title: "Orders" }

export default function OrdersPage() {
  return <ComingSoon title="Orders" description="Your order history with live status, delivery dates, carrier tracking, confirmations and reorder will appear here." />
}
