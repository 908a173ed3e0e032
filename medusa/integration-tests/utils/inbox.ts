import { type ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

export interface ReceivedMail {
  to: string
  subject: string
  text: string
  html: string
  messageId: string
  /** Each header as sent, by lower-cased name. */
  headers: Record<string, string>
  attachments: { filename: string; content: Buffer }[]
}

/**
 * A real SMTP server for the tests: the portal's nodemailer provider delivers to it, and tests read what arrived.
 * Plain SMTP on localhost, no STARTTLS or AUTH (like maildev).
 */
export function startInbox(port: number) {
  const received: ReceivedMail[] = []
  const createServer = () => new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    // Closing (the SMTP server going down in a test) drops idle client connections at once instead of after 30 s.
    closeTimeout: 100,
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          const to = Array.isArray(mail.to) ? mail.to.flatMap((entry) => entry.value) : (mail.to?.value ?? [])
          const headers = Object.fromEntries(mail.headerLines.map((line) => [line.key, line.line.slice(line.line.indexOf(":") + 1).trim()]))
          for (const address of to) received.push({
            to: address.address ?? "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            messageId: mail.messageId ?? "",
            headers,
            attachments: mail.attachments.map((attachment) => ({ filename: attachment.filename ?? "", content: attachment.content })),
          })
          callback()
        })
        .catch(callback)
    },
  })
  let server = createServer()
  const listening = new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    url: `smtp://127.0.0.1:${port}`,
    listening,
    received,
    clear: () => received.splice(0),
    /** The first mail to `to` whose subject matches, waiting up to 10 s for it to arrive. */
    async waitFor(to: string, subject: RegExp): Promise<ReceivedMail> {
      const deadline = Date.now() + 10_000
      while (Date.now() < deadline) {
        const mail = received.find((candidate) => candidate.to === to && subject.test(candidate.subject))
        if (mail) return mail
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`No mail to ${to} matching ${subject} arrived; received: ${received.map((mail) => `${mail.to}: ${mail.subject}`).join(", ") || "none"}`)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** Starts the server again on the same port after close (the SMTP server coming back), keeping what arrived. */
    reopen: () => {
      server = createServer()
      return new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
    },
  }
}

/** The token of the first portal link in a mail. */
export function linkToken(mail: ReceivedMail): string {
  const match = /[?&]token=([^\s&"]+)/.exec(mail.text)
  if (!match) throw new Error(`No link with a token in: ${mail.text}`)
  return decodeURIComponent(match[1]!)
}
