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

/** A Mailer over SMTP with nodemailer; one pooled connection per process. */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const transport = nodemailer.createTransport(options.url)
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
