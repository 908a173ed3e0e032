import { render } from "@react-email/render"
import { createElement } from "react"
import { escapeHtml } from "@portal/integrations/mail"
import { CustomerDigestEmail, type CustomerDigestEmailData, digestSubject } from "./emails/customer-digest"
import { CustomerEventEmail, type CustomerEventEmailData } from "./emails/customer-event"
import { SupportReplyEmail, type SupportReplyEmailData, supportReplySubject } from "./emails/support-reply"
import { SupportStaffAlertEmail, type SupportStaffAlertEmailData, supportStaffAlertSubject } from "./emails/support-staff-alert"

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

interface LinkEmail {
  /** How the customer is greeted: name or company. */
  name?: string | null
  customer_number?: string | null
  link: string
  /** How long the link works, in words ("1 hour", "3 days"). */
  valid_for: string
}

const SELLER = "Customer Portal"

/** One plain, accessible layout for every email: a greeting, the message, one button, the same link as text. */
function linkEmail(subject: string, data: LinkEmail, lines: string[], button: string, footer: string): RenderedEmail {
  const greeting = data.name ? `Hello ${data.name},` : "Hello,"
  const text = [greeting, "", ...lines, "", `${button}: ${data.link}`, "", `This link works once and expires in ${data.valid_for}.`, footer, "", SELLER].join("\n")
  const paragraphs = lines.map((line) => `<p style="margin:0 0 12px">${escapeHtml(line)}</p>`).join("")
  const html = `<!doctype html><html lang="en"><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">
<p style="margin:0 0 12px">${escapeHtml(greeting)}</p>${paragraphs}
<p style="margin:24px 0"><a href="${escapeHtml(data.link)}" style="background:#0b5cad;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(button)}</a></p>
<p style="margin:0 0 12px;font-size:14px">Or open this address: <a href="${escapeHtml(data.link)}">${escapeHtml(data.link)}</a></p>
<p style="margin:0 0 12px;font-size:14px">This link works once and expires in ${escapeHtml(data.valid_for)}. ${escapeHtml(footer)}</p>
<p style="margin:24px 0 0;font-size:14px;color:#52606d">${SELLER}</p></body></html>`
  return { subject, text, html }
}

const account = (data: LinkEmail) => (data.customer_number ? ` (customer number ${data.customer_number})` : "")

export const EMAIL_TEMPLATES = {
  "customer-activation": (data: LinkEmail) =>
    linkEmail(
      "Set up your customer portal password",
      data,
      [`Your account${account(data)} is ready in our customer portal: track orders, download invoices and statements, and manage your details.`, "Choose a password to start."],
      "Choose your password",
      "If you did not ask for this, you can ignore this email."
    ),
  "customer-password-reset": (data: LinkEmail) =>
    linkEmail(
      "Reset your customer portal password",
      data,
      [`Someone asked to reset the password of your customer portal account${account(data)}.`, "Choose a new password with the button below. Signing in everywhere else ends when you do."],
      "Choose a new password",
      "If it was not you, ignore this email: your password stays as it is."
    ),
  "customer-email-confirmation": (data: LinkEmail) =>
    linkEmail(
      "Confirm your new email address",
      data,
      [`Please confirm that this is the new email address of your customer portal account${account(data)}.`, "Nothing changes until you confirm."],
      "Confirm this address",
      "If you did not ask for this, ignore this email: your account keeps its current address."
    ),
  "customer-email-change-notice": (data: LinkEmail & { new_email: string }) =>
    linkEmail(
      "Your customer portal email address is being changed",
      data,
      [
        `Someone signed in to your customer portal account${account(data)} asked to change its email address to ${data.new_email}.`,
        "If that was you, there is nothing to do. If it was not you, cancel the change: we keep this address, sign everyone out of the account, and you can then choose a new password.",
      ],
      "This wasn't me: cancel the change",
      "Until you cancel, the change goes ahead once the new address is confirmed."
    ),
  "team-invitation": (data: LinkEmail & { new_email: string; account_name?: string; role?: string; invited_by?: string | null }) =>
    linkEmail(
      `You are invited to ${data.account_name ?? "a customer account"} in our customer portal`,
      data,
      [
        `${data.invited_by ?? "The account's Admin"} invited you to ${data.account_name ?? "their account"}${account(data)} as ${data.role ?? "a team member"}.`,
        "Accept to see the account's orders and invoices as your role allows. If you already use the portal, the account joins the ones you can switch between.",
      ],
      "Accept the invitation",
      "If you did not expect this, ignore this email: nothing happens without you."
    ),
} satisfies Record<string, (data: LinkEmail & { new_email: string }) => RenderedEmail>

interface StatementEmail {
  name?: string | null
  customer_number: string
  /** "October 2026" */
  period: string
  closing_balance: string
  /** The Statements page of the portal. */
  link: string
}

/** The monthly statement, attached as a PDF; the portal keeps every statement for download. */
function statementEmail(data: StatementEmail): RenderedEmail {
  const subject = `Your statement for ${data.period}`
  const greeting = data.name ? `Hello ${data.name},` : "Hello,"
  const lines = [
    `Your statement for ${data.period} (customer number ${data.customer_number}) is attached.`,
    `Balance at the end of ${data.period}: ${data.closing_balance}.`,
    "You can also download it, and every earlier statement, from the Statements page of the customer portal.",
  ]
  const text = [greeting, "", ...lines, "", `Statements: ${data.link}`, "", SELLER].join("\n")
  const html = `<!doctype html><html lang="en"><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">
<p style="margin:0 0 12px">${escapeHtml(greeting)}</p>${lines.map((line) => `<p style="margin:0 0 12px">${escapeHtml(line)}</p>`).join("")}
<p style="margin:24px 0"><a href="${escapeHtml(data.link)}" style="background:#0b5cad;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">Open my statements</a></p>
<p style="margin:24px 0 0;font-size:14px;color:#52606d">${SELLER}</p></body></html>`
  return { subject, text, html }
}

export type EmailTemplate = keyof typeof EMAIL_TEMPLATES | "monthly-statement" | "customer-event" | "customer-digest" | "support-reply" | "support-staff-alert"

/** A notification email (React Email): HTML, and the text version from the same template. */
async function reactEmail(subject: string, element: ReturnType<typeof createElement>): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  return { subject, html, text }
}

export async function renderEmail(template: string, data: Record<string, unknown>): Promise<RenderedEmail> {
  if (template === "customer-event") {
    const event = data as unknown as CustomerEventEmailData
    return await reactEmail(event.title, createElement(CustomerEventEmail, { data: event }))
  }
  if (template === "customer-digest") {
    const digest = data as unknown as CustomerDigestEmailData
    return await reactEmail(digestSubject(digest), createElement(CustomerDigestEmail, { data: digest }))
  }
  if (template === "support-reply") {
    const reply = data as unknown as SupportReplyEmailData
    return await reactEmail(supportReplySubject(reply), createElement(SupportReplyEmail, { data: reply }))
  }
  if (template === "support-staff-alert") {
    const alert = data as unknown as SupportStaffAlertEmailData
    return await reactEmail(supportStaffAlertSubject(alert), createElement(SupportStaffAlertEmail, { data: alert }))
  }
  if (template === "monthly-statement") return statementEmail(data as unknown as StatementEmail)
  const render = EMAIL_TEMPLATES[template as keyof typeof EMAIL_TEMPLATES]
  if (!render) throw new Error(`There is no email template called "${template}"`)
  return render(data as unknown as LinkEmail & { new_email: string })
}
