import { documentResponse, fetchCustomerDocument } from "@/lib/data/documents"

/** The order confirmation PDF, made and watermarked by Medusa for the signed-in customer. */
export async function GET(request: Request, { params }: { params: Promise<{ ordNo: string }> }) {
  const { ordNo } = await params
  const number = /^\d{1,9}$/.test(ordNo) ? ordNo : "0"
  return documentResponse(await fetchCustomerDocument(`/store/portal/orders/${number}/confirmation`), request, { notFoundPath: `/account/orders/${number}` })
}
