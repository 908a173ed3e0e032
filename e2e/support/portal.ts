import type { Page } from "playwright-core"
import { inject } from "vitest"

export const storefront = (path: string) => new URL(path, inject("storefrontUrl")).toString()

/** Signs in through the storefront's login form, as a customer would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email address").fill(email)
  await page.getByLabel("Password").fill(password)
  await page.getByRole("button", { name: "Sign in" }).click()
}
