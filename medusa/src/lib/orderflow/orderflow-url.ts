/** The OrderFlow connection from the environment; the importer needs SELECT rights only. */
export function orderflowUrl(): string {
  const url = process.env.ORDERFLOW_DATABASE_URL
  if (!url) throw new Error("ORDERFLOW_DATABASE_URL is not set: the portal does not know where OrderFlow is")
  return url
}
