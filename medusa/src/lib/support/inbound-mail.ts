import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ATTACHMENT_LIMITS, AttachmentRefused, type SafeAttachment, safeAttachments } from "@portal/integrations/attachments"
import { replyTextOf } from "@portal/integrations/mail"
import { TICKET_LIMITS } from "@portal/integrations/support"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { type ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"
import { consume } from "../access/rate-limits"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { addCustomerMessageWorkflow } from "../../workflows/support/add-customer-message"
import { toTicketFileInputs } from "./files"
import { supportSettings } from "./settings"
import { ticketOfReplyAddress } from "./signed-links"
import { memberViewer } from "./viewer"

export type InboundOutcome =
  | { kind: "threaded"; ticketId: string; messageId: string }
  | { kind: "duplicate"; ticketId: string }
  | { kind: "ignored"; reason: "no_ticket" | "stranger" | "empty" | "closed" | "too_many" }

const addressesOf = (field: ParsedMail["to"]) => (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => entry.address?.toLowerCase() ?? ""))
const idsIn = (value: string | string[] | undefined) => (Array.isArray(value) ? value : (value ?? "").split(/\s+/)).map((id) => id.trim()).filter((id) => /^<[^<>\s]+>$/.test(id))

/**
 * Which ticket an email answers: the ticket our signed reply address names (it cannot be forged), else the ticket
 * of the email it answers (In-Reply-To), else of the newest email it references that is one of a ticket's.
 */
async function ticketOf(container: MedusaContainer, mail: ParsedMail, recipients: string[]): Promise<string | null> {
  const { replyAddress } = supportSettings()
  for (const address of [...recipients, ...addressesOf(mail.to), ...addressesOf(mail.cc)]) {
    const ticketId = ticketOfReplyAddress(container, replyAddress, address)
    if (ticketId) return ticketId
  }
  const answered = [...idsIn(mail.inReplyTo), ...idsIn(mail.references).reverse()]
  if (!answered.length) return null
  const known = await container.resolve<SupportModuleService>(SUPPORT_MODULE).listSupportEmails({ message_id: answered }, { select: ["message_id", "ticket_id"] })
  const byId = new Map(known.map((email) => [email.message_id, email.ticket_id]))
  return answered.map((id) => byId.get(id)).find(Boolean) ?? null
}

/** The files of an email that pass the portal's checks; each refused one is named in the message instead. */
async function keptAttachments(mail: ParsedMail): Promise<{ files: SafeAttachment[]; notes: string[] }> {
  // Pictures a mail program puts inside the text (a signature's logo) are not attachments the person chose.
  const chosen = mail.attachments.filter((attachment) => !attachment.related && attachment.contentDisposition !== "inline")
  const files: SafeAttachment[] = []
  const notes: string[] = []
  for (const attachment of chosen) {
    if (files.length === ATTACHMENT_LIMITS.maxFiles) {
      notes.push(`${attachment.filename ?? "A file"} was not kept: at most ${ATTACHMENT_LIMITS.maxFiles} files per message.`)
      continue
    }
    try {
      files.push(...(await safeAttachments([{ fileName: attachment.filename ?? "attachment", bytes: attachment.content }])))
    } catch (error) {
      if (!(error instanceof AttachmentRefused)) throw error
      notes.push(`${error.message} It was not kept.`)
    }
  }
  return { files, notes }
}

const isUniqueViolation = (error: unknown) => /duplicate key|unique/i.test(String((error as Error)?.message ?? ""))

/**
 * Threads one inbound email onto its ticket: only a reply (by its headers or our signed address), only from a person
 * of the ticket's account, only once (an email reaching several of our addresses, as a reply-all does, is one
 * message), with the quoted history cut off and the files checked like the portal's. Anything else is dropped.
 */
export async function receiveSupportEmail(container: MedusaContainer, raw: Buffer | string, recipients: string[] = []): Promise<InboundOutcome> {
  const mail = await simpleParser(raw)
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const ticketId = await ticketOf(container, mail, recipients.map((address) => address.toLowerCase()))
  if (!ticketId) return { kind: "ignored", reason: "no_ticket" }
  const messageId = mail.messageId && /^<[^<>\s]+>$/.test(mail.messageId) ? mail.messageId : null
  if (messageId && (await support.listSupportEmails({ message_id: messageId }, { select: ["id"] })).length) return { kind: "duplicate", ticketId }

  const [ticket] = await support.listSupportTickets({ id: ticketId }, { select: ["id", "customer_id", "status", "resolved_at"] })
  if (!ticket) return { kind: "ignored", reason: "no_ticket" }
  const sender = mail.from?.value[0]?.address?.trim().toLowerCase() ?? ""
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const person = sender ? await access.team.personByEmail(sender) : null
  const member = person && person.status === "active" ? await access.team.membership(person.id, ticket.customer_id) : null
  // Only someone who may read the ticket in the portal writes on it by email: its author, or by role and locations.
  const viewer = member ? await memberViewer(container, ticket.customer_id, member) : null
  if (!person || !viewer || !(await support.queries.visibleTicketId(viewer, ticket.id))) return { kind: "ignored", reason: "stranger" }

  // The same limit on messages as in the portal: each one emails the support team.
  if (await consume(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), [["ticketRepliesPerPerson", person.id]])) return { kind: "ignored", reason: "too_many" }
  const { files, notes } = await keptAttachments(mail)
  const text = [replyTextOf(mail.text ?? ""), ...notes].filter(Boolean).join("\n\n").slice(0, TICKET_LIMITS.bodyMax)
  if (!text && !files.length) return { kind: "ignored", reason: "empty" }
  try {
    const { result } = await addCustomerMessageWorkflow(container).run({
      input: {
        ticket_id: ticket.id,
        customer_id: ticket.customer_id,
        person_id: person.id,
        author_name: person.full_name || person.email,
        body: text || "(Files attached by email.)",
        files: toTicketFileInputs(files),
        via: "email",
        email_message_id: messageId,
        origin: { ip: null, user_agent: "email" },
      },
    })
    return { kind: "threaded", ticketId: ticket.id, messageId: result.message.id }
  } catch (error) {
    // The same email delivered twice at once: the other copy won.
    if (messageId && isUniqueViolation(error)) return { kind: "duplicate", ticketId: ticket.id }
    if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED) return { kind: "ignored", reason: "closed" }
    throw error
  }
}

/** Five 10 MB files, base64-encoded in an email, and the text. */
const MAX_MESSAGE_BYTES = 60 * 1024 * 1024

let running: { server: SMTPServer; port: number } | null = null

/**
 * The inbound SMTP listener for replies to ticket emails (smtp-server): accepts mail for the support address and its
 * signed plus-addresses only (it relays nothing), up to 60 MB, and threads each as receiveSupportEmail does. The
 * sender hears 250 for anything accepted, dropped or not, so a stranger learns nothing about tickets.
 */
export async function startInboundMail(container: MedusaContainer, port: number, host = "0.0.0.0"): Promise<{ port: number; close: () => Promise<void> }> {
  if (running) return { port: running.port, close: stopInboundMail }
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const [local, domain] = supportSettings().replyAddress.split("@")
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    // smtp-server only flags an oversized message: onData below stops keeping its bytes.
    maxClients: 50,
    banner: "Customer portal support replies",
    logger: false,
    onRcptTo(address, _session, callback) {
      const [rcptLocal, rcptDomain] = address.address.toLowerCase().split("@")
      if (rcptDomain !== domain || (rcptLocal !== local && !rcptLocal?.startsWith(`${local}+`))) {
        return callback(Object.assign(new Error("No such mailbox here: this server only takes replies to support emails"), { responseCode: 550 }))
      }
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      let received = 0
      stream.on("data", (chunk: Buffer) => {
        received += chunk.length
        if (received <= MAX_MESSAGE_BYTES) chunks.push(chunk)
      })
      stream.on("end", () => {
        if (received > MAX_MESSAGE_BYTES || (stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          return callback(Object.assign(new Error("The message is larger than 60 MB"), { responseCode: 552 }))
        }
        receiveSupportEmail(container, Buffer.concat(chunks), session.envelope.rcptTo.map((rcpt) => rcpt.address))
          .then((outcome) => {
            if (outcome.kind === "ignored") logger.info(`Support email ignored (${outcome.reason}) from ${session.envelope.mailFrom && session.envelope.mailFrom.address}`)
            callback()
          })
          .catch((error: unknown) => {
            logger.error(`Support email could not be threaded: ${(error as Error).message}`)
            callback(Object.assign(new Error("Temporary failure, please try again later"), { responseCode: 451 }))
          })
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => resolve())
  })
  server.on("error", (error) => logger.error(`Support inbound mail: ${error.message}`))
  const address = server.server.address()
  running = { server, port: typeof address === "object" && address ? address.port : port }
  logger.info(`Support replies by email: listening on port ${running.port}`)
  return { port: running.port, close: stopInboundMail }
}

export async function stopInboundMail(): Promise<void> {
  const current = running
  running = null
  if (current) await new Promise<void>((resolve) => current.server.close(() => resolve()))
}
