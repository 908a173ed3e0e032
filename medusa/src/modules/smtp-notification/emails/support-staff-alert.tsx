import { Body, Button, Container, Head, Heading, Html, Preview, Section, Text } from "@react-email/components"
import { SELLER } from "./layout"

/** To the support team: a new ticket, or a customer's reply (workflows/support: notify-staff). */
export interface SupportStaffAlertEmailData {
  kind: "new" | "reply"
  reference: string
  subject: string
  category_label: string
  customer: string
  author: string
  body: string
  attachment_count: number
  via: "portal" | "email"
  link: string
}

export const supportStaffAlertSubject = (data: SupportStaffAlertEmailData) =>
  `${data.kind === "new" ? "New ticket" : "Customer replied"} ${data.reference}: ${data.subject} (${data.customer})`

export function SupportStaffAlertEmail({ data }: { data: SupportStaffAlertEmailData }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{data.body.slice(0, 140)}</Preview>
      <Body style={{ fontFamily: "Arial, Helvetica, sans-serif", color: "#1f2933", padding: "24px" }}>
        <Container style={{ maxWidth: "560px" }}>
          <Heading as="h1" style={{ fontSize: "20px", lineHeight: "28px", margin: "0 0 12px" }}>
            {data.kind === "new" ? `New ticket ${data.reference}` : `${data.author} replied on ${data.reference}`}
          </Heading>
          <Text style={{ margin: "0 0 4px" }}>
            {data.customer} · {data.category_label} · {data.author} · by {data.via === "email" ? "email" : "the portal"}
          </Text>
          <Text style={{ margin: "0 0 12px", fontWeight: 700 }}>{data.subject}</Text>
          <Text style={{ margin: "0 0 12px", whiteSpace: "pre-line" }}>{data.body}</Text>
          {data.attachment_count ? <Text style={{ margin: "0 0 12px" }}>{data.attachment_count} file(s) attached in the ticket.</Text> : null}
          <Section style={{ margin: "8px 0 16px" }}>
            <Button href={data.link} style={{ backgroundColor: "#0b5cad", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", textDecoration: "none" }}>
              Answer in the admin
            </Button>
          </Section>
          <Text style={{ margin: "0 0 12px", fontSize: "14px" }}>{data.link}</Text>
          <Text style={{ fontSize: "13px", color: "#52606d" }}>{SELLER} support inbox</Text>
        </Container>
      </Body>
    </Html>
  )
}
