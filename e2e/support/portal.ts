import type { Page } from "playwright-core"
import { inject } from "vitest"

export const storefront = (path: string) => new URL(path, inject("storefrontUrl")).toString()

/**
 * Waits for a navigation to finish: the address, then the page itself in place of the skeleton its loading.tsx
 * shows meanwhile (marked aria-busy), so what the test reads next is the page's own content.
 */
export async function arrive(page: Page, url: Parameters<Page["waitForURL"]>[0]): Promise<void> {
  await page.waitForURL(url)
  await page.waitForFunction(() => !document.querySelector("[aria-busy='true']"))
}

/** Opens a page and waits for it, as arrive does: an account page's skeleton is revealed after the load event. */
export async function visit(page: Page, url: string, options?: Parameters<Page["goto"]>[1]): Promise<void> {
  await page.goto(url, options)
  await page.waitForFunction(() => !document.querySelector("[aria-busy='true']"))
}

/**
 * Signs in through the storefront's login form, as a customer would: the email or number first, "Continue", then
 * the password (the form keeps the password step after a wrong password, so it is only asked for once).
 */
export async function signIn(page: Page, identifier: string, password: string): Promise<void> {
  await page.getByLabel("Email or customer number").fill(identifier)
  const passwordField = page.getByLabel("Password")
  if (!(await passwordField.isVisible())) {
    await page.getByRole("button", { name: "Continue" }).click()
    await passwordField.waitFor()
  }
  await passwordField.fill(password)
  await page.getByRole("button", { name: "Sign in" }).click()
}

/** Signs staff in to the Medusa admin and waits for its first page. */
export async function signInStaff(page: Page): Promise<void> {
  const { email, password } = inject("staff")
  await page.goto(new URL("/app", inject("medusaUrl")).toString())
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole("button", { name: /continue with email/i }).click()
  await page.waitForURL(/\/app\/orders/)
}

interface InboxMail {
  subject: string
  text: string
  to: { address: string }[]
}

/** The newest mail to `to` in the test stack's maildev inbox whose subject matches, waiting up to 15 s. */
export async function latestMail(to: string, subject: RegExp): Promise<InboxMail> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const mails = (await (await fetch(new URL("/email", inject("inboxUrl")))).json()) as InboxMail[]
    const mail = mails.reverse().find((candidate) => candidate.to.some((address) => address.address === to) && subject.test(candidate.subject))
    if (mail) return mail
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`No mail to ${to} matching ${subject} arrived in the inbox`)
}

/** The portal link in a mail (activation, reset or confirmation). */
export function portalLink(mail: InboxMail): string {
  const match = /https?:\/\/\S+token=\S+/.exec(mail.text)
  if (!match) throw new Error(`No link in: ${mail.text}`)
  return match[0]
}
