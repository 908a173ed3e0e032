import type { Metadata } from "next"
import { retrieveTeam } from "@/lib/data/team"
import { TeamTemplate } from "@/modules/team/templates/team-template"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Team" }

export default async function TeamPage() {
  return (
    <>
      <TeamTemplate team={await retrieveTeam()} />
      <PageHelp pages={["team"]} />
    </>
  )
}
