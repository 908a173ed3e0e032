import type { Metadata } from "next"
import { requirePermission } from "@/lib/data/me"
import { retrieveTeam } from "@/lib/data/team"
import { TeamTemplate } from "@/modules/team/templates/team-template"

export const metadata: Metadata = { title: "Team" }

export default async function TeamPage() {
  await requirePermission("team.manage")
  return <TeamTemplate team={await retrieveTeam()} />
}
