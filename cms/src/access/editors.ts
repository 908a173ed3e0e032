import type { Access, FieldAccess } from "payload"

/** Editors' roles in the CMS: editors write and publish; admins also manage who may sign in. */
export type EditorRole = "editor" | "admin"

interface RoleHolder {
  roles?: EditorRole[] | null
}

export const isAdmin = (user: unknown): boolean => Boolean((user as RoleHolder | null)?.roles?.includes("admin"))

/** Admins only (editor accounts). */
export const admins: Access = ({ req: { user } }) => isAdmin(user)

/** Admins, or the signed-in editor's own account. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}

/** A field only admins may set (an editor cannot make themselves an admin). */
export const adminsOnlyField: FieldAccess = ({ req: { user } }) => isAdmin(user)

/** A field only signed-in editors read (feedback counts, comments): never the public API. */
export const editorsOnlyField: FieldAccess = ({ req: { user } }) => Boolean(user)
