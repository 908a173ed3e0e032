import { NotFoundTemplate } from "@/modules/common/templates/not-found-template"

/** Inside the account's own frame (an order or invoice number that is not the customer's). */
export default function AccountNotFound() {
  return <NotFoundTemplate signedIn />
}
