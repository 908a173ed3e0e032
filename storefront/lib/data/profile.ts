import "server-only"
import { medusa } from "../medusa"
import { customerHeaders } from "./session"

export interface Profile {
  id: string
  customer_number: string | null
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  company_name: string | null
  vat_number: string | null
  pending_email: string | null
}

export interface PendingErpChange {
  id: string
  kind: string
  summary: string
  created_at: string
}

export interface Address {
  id: string
  address_name: string | null
  company: string | null
  first_name: string | null
  last_name: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
  is_default_shipping: boolean
}

export interface SignIn {
  id: string
  action: string
  ip: string | null
  user_agent: string | null
  created_at: string
}

export async function getProfile(): Promise<{ profile: Profile; pending_erp_changes: PendingErpChange[] }> {
  return medusa().client.fetch("/store/portal/profile", { headers: await customerHeaders() })
}

export async function listAddresses(): Promise<Address[]> {
  const { addresses } = await medusa().client.fetch<{ addresses: Address[] }>("/store/portal/addresses", { headers: await customerHeaders() })
  return addresses
}

export async function listSignIns(): Promise<SignIn[]> {
  const { sign_ins: signIns } = await medusa().client.fetch<{ sign_ins: SignIn[] }>("/store/portal/sign-ins", { headers: await customerHeaders() })
  return signIns
}
