import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { previewHelpArticle } from "@/lib/data/help"
import { LivePreviewRefresh } from "@/modules/help/components/live-preview-refresh"
import { ArticleTemplate } from "@/modules/help/templates/article-template"
import { PortalShell } from "@/modules/layout/templates/portal-shell"
import { backendConfig } from "@/lib/config"

export const metadata: Metadata = { title: "Article preview", robots: { index: false, follow: false } }

/**
 * An editor's preview of an article's latest draft, opened from the CMS (live preview's frame, or Preview). The
 * signed token in the address is all it accepts: the CMS checks it and answers that one draft. It re-reads the
 * draft each time the editor's changes are saved (autosave included).
 */
export default async function HelpArticlePreviewPage({ params }: { params: Promise<{ token: string }> }) {
  const article = await previewHelpArticle((await params).token)
  if (!article) notFound()
  return (
    <PortalShell customer={null}>
      <LivePreviewRefresh serverUrl={new URL(backendConfig().cmsUrl).origin} />
      <ArticleTemplate article={article} preview />
    </PortalShell>
  )
}
