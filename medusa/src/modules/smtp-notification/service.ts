import { type Mailer, createSmtpMailer } from "@portal/integrations/mail"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { renderEmail } from "./templates"

export interface SmtpNotificationOptions {
  url: string
  from: string
}

/**
 * RFC 8058 one-click unsubscribe for notification emails: mail programs show an "Unsubscribe" button that POSTs to
 * the link without opening it in a browser.
 */
function unsubscribeHeaders(data: Record<string, unknown>): Record<string, string> | undefined {
  const oneClick = data.one_click_unsubscribe_url
  if (typeof oneClick !== "string") return undefined
  return { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
}

/** Threading headers a support email carries (its data names them): replies come back to its ticket. */
function threadingOf(data: Record<string, unknown>): { messageId?: string; replyTo?: string; inReplyTo?: string; references?: string[] } {
  const text = (key: string) => (typeof data[key] === "string" && data[key] ? (data[key] as string) : undefined)
  const references = Array.isArray(data.references) ? data.references.filter((reference): reference is string => typeof reference === "string") : []
  return { messageId: text("message_id"), replyTo: text("reply_to"), inReplyTo: text("in_reply_to"), ...(references.length ? { references } : {}) }
}

/** Medusa's email channel over SMTP (the integrations package's nodemailer adapter); maildev in the demo. */
class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static override identifier = "smtp"
  private readonly mailer: Mailer
  private readonly logger: Logger
  /** The right-hand side of Message-IDs: the From address's domain. */
  private readonly messageIdHost: string

  constructor({ logger }: { logger: Logger }, options: SmtpNotificationOptions) {
    super()
    this.logger = logger
    this.mailer = createSmtpMailer(options)
    this.messageIdHost = /@([^>\s]+)/.exec(options.from)?.[1] ?? "portal.local"
  }

  static override validateOptions(options: Record<string, unknown>) {
    if (!options.url || !options.from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `url` and `from` (SMTP_URL, MAIL_FROM)")
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const data = notification.data ?? {}
    const email = await renderEmail(notification.template, data)
    const attachments = (notification.attachments ?? []).map((attachment) => ({
      filename: attachment.filename,
      content: Buffer.from(attachment.content, "base64"),
      contentType: attachment.content_type ?? "application/octet-stream",
    }))
    const { id } = notification as ProviderSendNotificationDTO & { id?: string }
    const threading = threadingOf(data)
    const { messageId } = await this.mailer.send({
      to: notification.to,
      ...email,
      attachments,
      ...threading,
      messageId: threading.messageId ?? (id ? `<${id}@${this.messageIdHost}>` : undefined),
      headers: unsubscribeHeaders(data),
    })
    this.logger.debug(`Sent "${email.subject}" (${notification.template})`)
    return { id: messageId }
  }
}

export default SmtpNotificationProviderService
