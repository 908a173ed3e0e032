import { parseArgs } from "node:util"
import { loadConfig } from "./lib/config"
import { replyToSupportEmail } from "./lib/support-reply"

/**
 * npm run support:reply -- --from buyer@example.com --text "Thanks, tomorrow suits us" [--attach photo.jpg] [--ticket T-1042] [--reply-all]
 * Replies, as the customer, to the newest support email in the demo's inbox, through the portal's inbound listener.
 */
const { values } = parseArgs({
  options: {
    from: { type: "string" },
    text: { type: "string" },
    attach: { type: "string", multiple: true },
    ticket: { type: "string" },
    "reply-all": { type: "boolean" },
  },
})
const config = loadConfig()
if (!values.from || !values.text) {
  console.error('Say who answers and what: npm run support:reply -- --from buyer@example.com --text "Thanks, tomorrow suits us" [--attach photo.jpg] [--ticket T-1042]')
  process.exit(2)
}
if (!config.urls.inbox || !config.ports.supportInbound) {
  console.error("This command answers emails in the demo's inbox (maildev). With a real mail server, reply from your mail program: the email's Reply-To reaches the portal.")
  process.exit(2)
}
try {
  const sent = await replyToSupportEmail({ inboxUrl: config.urls.inbox, inboundPort: config.ports.supportInbound, from: values.from, text: values.text, attach: values.attach, reference: values.ticket, replyAll: values["reply-all"] })
  console.log(`Replied to "${sent.subject}" as ${values.from} (to ${sent.to}). It shows on the ticket in a second or two.`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
