import type { Metadata } from "next"
import { ComingSoon } from "@/modules/common/components/coming-soon"

export const metadata: Metadata = { title: "Invoices" }

export default function InvoicesPage() {
  return <ComingSoon title="Invoices" description="Invoices, credit notes, statements, payment status and exports for your accounting software will appear here." />
}
