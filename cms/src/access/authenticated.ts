import type { AccessArgs } from "payload"

/** Signed-in editors only. */
export const authenticated = ({ req: { user } }: AccessArgs): boolean => Boolean(user)
