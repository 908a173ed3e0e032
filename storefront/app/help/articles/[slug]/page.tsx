import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveHelpArticle } from "@/lib/data/help"
import { ArticleTemplate } from "@/modules/help/templates/article-template"
import { PortalShell } from "@/modules/layout/templates/portal-shell"

type Params = Promise<{ slug: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await retrieveHelpArticle((await params).slug)
  return { title: article ? article.title : "Help article not found", description: article?.summary }
}

export default async function HelpArticlePage({ params }: { params: Params }) {
  const [customer, article] = await Promise.all([retrieveCustomer(), retrieveHelpArticle((await params).slug)])
  if (!article) notFound()
  return (
    <PortalShell customer={customer}>
      <ArticleTemplate article={article} />
    </PortalShell>
  )
}
