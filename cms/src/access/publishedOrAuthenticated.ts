import type { Access } from "payload"

/** Editors see drafts; the storefront (anonymous) sees published entries only. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: "published" } }
}
