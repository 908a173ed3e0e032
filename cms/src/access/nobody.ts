/** No one through the API (the Local API with overrideAccess, as the collection's own endpoints use, still may). */
export const nobody = (): boolean => false
