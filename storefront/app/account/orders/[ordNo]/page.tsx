import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveOrder } from "@/lib/data/orders"
import { PageHelp } from "@/modules/help/components/page-help"
import { OrderDetailTemplate } from "@/modules/orders/templates/order-detail-template"

type Params = Promise<{ ordNo: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Order ${(await params).ordNo}` }
}

export default async function OrderPage({ params }: { params: Params }) {
  const order = await retrieveOrder((await params).ordNo)
  if (!order) notFound()
  return (
    <>
      <OrderDetailTemplate order={order} />
      <PageHelp pages={order.status === "HD" ? ["order-on-hold", "order"] : ["order"]} />
    </>
  )
}
