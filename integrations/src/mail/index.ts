import nodemailer from "nodemailer"

export interface MailAttachment {
  filename: string
  content: Buffer
  contentType: string
}

export interface MailMessage {
  to: string
  subject: string
  text: string
  html?: string
  attachments?: MailAttachment[]
  /** A fixed Message-ID ("<id@host>"): a message sent again after a crash is then recognisably the same one. */
  messageId?: string
  headers?: Record<string, string>
  /** Where replies go, and the message this one answers (mail programs thread by them). */
  replyTo?: string
  inReplyTo?: string
  references?: string[]
}

/** Sends one email. The portal's only way out to a mailbox: swap the implementation, keep the callers. */
export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string }>
  close(): void
}

export interface SmtpMailerOptions {
  /** smtp://user:pass@host:port (smtps:// for implicit TLS). */
  url: string
  /** The From header, e.g. "Customer Portal <portal@wholesale.example>". */
  from: string
}

/**
 * A Mailer over SMTP with nodemailer: a small pool of connections per process, and timeouts well under the two
 * minutes after which the notification retries treat an unfinished send as lost.
 */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const transport = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: 5,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  })
  return {
    async send(message) {
      const info = await transport.sendMail({ from: options.from, ...message })
      return { messageId: info.messageId }
    },
    close: () => transport.close(),
  }
}

/** Escapes text for an HTML email body. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

export { replyTextOf } from "./reply-text.js"
