import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveAddress } from "../save-address"
import type { StoreUpdateAddressType } from "../validators"

export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateAddressType>, res: MedusaResponse) {
  const address = await saveAddress(req, req.params.id, req.validatedBody)
  res.json({ address })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await saveAddress(req, req.params.id, null)
  res.json({ id: req.params.id, object: "address", deleted: true })
}
