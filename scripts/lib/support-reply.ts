import { readFileSync } from "node:fs"
import path from "node:path"
import { simpleParser } from "mailparser"
import { createSmtpMailer } from "../../integrations/src/mail"

export interface SupportReply {
  /** maildev's web address (the demo's inbox). */
  inboxUrl: string
  /** Where the portal takes replies to support emails (SUPPORT_INBOUND_SMTP_PORT). */
  inboundPort: number
  inboundHost?: string
  /** The customer answering: the address the support email went to. */
  from: string
  text: string
  /** Files to attach (paths). */
  attach?: string[]
  /** Only an email about this ticket ("T-1042"); else the newest support email to `from`. */
  reference?: string
  /** Also address the support team's shared address, as "Reply all" does. */
  replyAll?: boolean
}

interface InboxEntry {
  id: string
  subject: string
  to: { address: string }[]
}

/**
 * Answers the newest support email a customer got, the way their mail program would: to its Reply-To, threaded with
 * In-Reply-To and References, with the quoted email below the answer. For the demo, where mail lands in maildev.
 */
export async function replyToSupportEmail(reply: SupportReply): Promise<{ subject: string; to: string; messageId: string }> {
  const entries = (await (await fetch(new URL("/email", reply.inboxUrl))).json()) as InboxEntry[]
  const wanted = reply.reference ? new RegExp(`\\[${reply.reference.replace(/[^\w-]/g, "")}\\]`) : /\[T-\d+\]/
  const entry = entries.reverse().find((mail) => mail.to.some((to) => to.address.toLowerCase() === reply.from.toLowerCase()) && wanted.test(mail.subject))
  if (!entry) throw new Error(`No support email to ${reply.from}${reply.reference ? ` about ${reply.reference}` : ""} is in the inbox (${reply.inboxUrl}). Answer a ticket in the admin first.`)
  const original = await simpleParser(Buffer.from(await (await fetch(new URL(`/email/${entry.id}/source`, reply.inboxUrl))).arrayBuffer()))
  const replyTo = original.replyTo?.value[0]?.address
  if (!replyTo || !original.messageId) throw new Error(`The email "${entry.subject}" has no Reply-To or Message-ID to answer.`)
  const quoted = (original.text ?? "").split("\n").map((line) => `> ${line}`).join("\n")
  const when = (original.date ?? new Date()).toUTCString()
  const messageId = `<reply-${Date.now()}-${Math.random().toString(36).slice(2)}@${reply.from.split("@")[1] ?? "customer.example"}>`
  const mailer = createSmtpMailer({ url: `smtp://${reply.inboundHost ?? "127.0.0.1"}:${reply.inboundPort}`, from: reply.from })
  try {
    await mailer.send({
      to: reply.replyAll ? `${replyTo}, ${replyTo.replace(/\+[^@]*@/, "@")}` : replyTo,
      subject: original.subject?.startsWith("Re:") ? original.subject : `Re: ${original.subject ?? ""}`,
      text: `${reply.text}\n\nOn ${when}, Customer Portal wrote:\n${quoted}`,
      messageId,
      inReplyTo: original.messageId,
      references: [original.messageId],
      attachments: (reply.attach ?? []).map((file) => ({ filename: path.basename(file), content: readFileSync(file), contentType: "application/octet-stream" })),
    })
  } finally {
    mailer.close()
  }
  return { subject: entry.subject, to: replyTo, messageId }
}
