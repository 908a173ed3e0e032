import { type Mailer, createSmtpMailer } from "@portal/integrations/mail"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { renderEmail } from "./templates"

export interface SmtpNotificationOptions {
  url: string
  from: string
}

/** Medusa's email channel over SMTP (the integrations package's nodemailer adapter); maildev in the demo. */
class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static override identifier = "smtp"
  private readonly mailer: Mailer
  private readonly logger: Logger

  constructor({ logger }: { logger: Logger }, options: SmtpNotificationOptions) {
    super()
    this.logger = logger
    this.mailer = createSmtpMailer(options)
  }

  static override validateOptions(options: Record<string, unknown>) {
    if (!options.url || !options.from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `url` and `from` (SMTP_URL, MAIL_FROM)")
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const email = renderEmail(notification.template, notification.data ?? {})
    const attachments = (notification.attachments ?? []).map((attachment) => ({
      filename: attachment.filename,
      content: Buffer.from(attachment.content, "base64"),
      contentType: attachment.content_type ?? "application/octet-stream",
    }))
    const { messageId } = await this.mailer.send({ to: notification.to, ...email, attachments })
    this.logger.debug(`Sent "${email.subject}" (${notification.template})`)
    return { id: messageId }
  }
}

export default SmtpNotificationProviderService
