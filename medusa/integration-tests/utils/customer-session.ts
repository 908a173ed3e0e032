import type { AxiosInstance } from "axios"

/** Signs a customer in the way the storefront does (token, then session); returns the headers of their calls. */
export async function customerHeaders(api: AxiosInstance, publishableKey: string, identifier: string, password: string): Promise<Record<string, string>> {
  const { data } = await api.post("/auth/customer/portal", { identifier, password })
  const started = await api.post("/store/portal/public/sessions", { identifier }, { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${data.token}` } })
  return { "x-publishable-api-key": publishableKey, authorization: `Bearer ${started.data.token}` }
}

/** The response of a request that is expected to fail, instead of a thrown error. */
export async function failure(request: Promise<unknown>): Promise<{ status: number; data: { message: string; code?: string; type?: string } }> {
  try {
    await request
  } catch (error) {
    return (error as { response: { status: number; data: { message: string; code?: string } } }).response
  }
  throw new Error("The request was expected to fail but succeeded")
}
