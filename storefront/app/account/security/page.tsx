import type { Metadata } from "next"
import { listSignIns } from "@/lib/data/profile"
import { SecurityTemplate } from "@/modules/profile/templates/security-template"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Security" }

export default async function SecurityPage() {
  return (
    <>
      <SecurityTemplate signIns={await listSignIns()} />
      <PageHelp pages={["security"]} />
    </>
  )
}
