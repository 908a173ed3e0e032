import { LoadingTemplate } from "@/modules/common/templates/loading-template"

export default function Loading() {
  return <LoadingTemplate title="Insights" />
}
