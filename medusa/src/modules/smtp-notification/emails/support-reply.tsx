import { Button, Heading, Link, Section, Text } from "@react-email/components"
import { EmailLayout } from "./layout"

/** Above this line in a reply is the customer's answer; the inbound listener keeps only that part. */
export const REPLY_ABOVE_LINE = "— Reply above this line to answer —"

/** A staff answer to a customer's ticket (workflows/support: notify-customer). */
export interface SupportReplyEmailData {
  name: string | null
  reference: string
  subject: string
  staff_name: string
  body: string
  /** Names of the files staff attached: they are in the portal, not in the email. */
  attachment_names: string[]
  resolved: boolean
  link: string
  preferences_url: string
  unsubscribe_url: string
  one_click_unsubscribe_url: string
  /** Headers the provider sets: replies come back to the ticket. */
  reply_to: string
  message_id: string
  in_reply_to?: string | null
  references?: string[]
}

export const supportReplySubject = (data: Pick<SupportReplyEmailData, "reference" | "subject">) => `Re: ${data.subject} [${data.reference}]`

export function SupportReplyEmail({ data }: { data: SupportReplyEmailData }) {
  return (
    <EmailLayout
      preview={data.body.slice(0, 140)}
      footer={{
        reason: `You get this email because you asked us a question in our customer portal (${data.reference}).`,
        preferencesUrl: data.preferences_url,
        unsubscribeUrl: data.unsubscribe_url,
        unsubscribeLabel: "Stop emails about my questions",
      }}
    >
      <Text style={{ margin: "0 0 12px", fontSize: "13px", color: "#52606d" }}>{REPLY_ABOVE_LINE}</Text>
      <Text style={{ margin: "0 0 12px" }}>{data.name ? `Hello ${data.name},` : "Hello,"}</Text>
      <Heading as="h1" style={{ fontSize: "20px", lineHeight: "28px", margin: "0 0 12px" }}>
        {data.staff_name} answered your question {data.reference}
      </Heading>
      <Text style={{ margin: "0 0 8px", fontSize: "14px", color: "#52606d" }}>{data.subject}</Text>
      <Section style={{ borderLeft: "4px solid #0b5cad", padding: "4px 0 4px 12px", margin: "0 0 16px" }}>
        {data.body.split(/\n{2,}/).map((paragraph, index) => (
          <Text key={index} style={{ margin: "0 0 12px", lineHeight: "22px", whiteSpace: "pre-line" }}>
            {paragraph}
          </Text>
        ))}
      </Section>
      {data.attachment_names.length ? (
        <Text style={{ margin: "0 0 12px", fontSize: "14px" }}>Attached in the portal: {data.attachment_names.join(", ")}</Text>
      ) : null}
      <Text style={{ margin: "0 0 16px" }}>
        {data.resolved
          ? "We think this is solved. If it is not, reply to this email or reopen the question in the portal within 14 days, and tell us how we did there."
          : "Reply to this email to answer, with photos or PDFs if they help, or open the question in the portal."}
      </Text>
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={data.link} style={{ backgroundColor: "#0b5cad", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", textDecoration: "none" }}>
          Open {data.reference} in the portal
        </Button>
      </Section>
      <Text style={{ margin: "0 0 12px", fontSize: "14px" }}>
        Or open this address: <Link href={data.link}>{data.link}</Link>
      </Text>
    </EmailLayout>
  )
}
