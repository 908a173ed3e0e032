import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components"
import type { ReactNode } from "react"

export const SELLER = "Customer Portal"

const styles = {
  body: { backgroundColor: "#f4f6f8", fontFamily: "Arial, Helvetica, sans-serif", color: "#1f2933", margin: 0, padding: "24px 0" },
  container: { backgroundColor: "#ffffff", maxWidth: "560px", margin: "0 auto", padding: "24px", borderRadius: "8px" },
  footer: { fontSize: "13px", lineHeight: "20px", color: "#52606d", margin: "0 0 8px" },
}

export interface EmailFooter {
  /** Why this person gets this email, in one sentence. */
  reason: string
  preferencesUrl: string
  unsubscribeUrl: string
  /** "Stop emails about deliveries" */
  unsubscribeLabel: string
}

/** The frame every notification email shares: preview line, content, and a footer saying how to hear less. */
export function EmailLayout({ preview, children, footer }: { preview: string; children: ReactNode; footer: EmailFooter }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          {children}
          <Hr style={{ borderColor: "#d9e2ec", margin: "24px 0 16px" }} />
          <Section>
            <Text style={styles.footer}>{footer.reason}</Text>
            <Text style={styles.footer}>
              <Link href={footer.preferencesUrl} style={{ color: "#0b5cad" }}>
                Choose how you hear from us
              </Link>
              {" · "}
              <Link href={footer.unsubscribeUrl} style={{ color: "#0b5cad" }}>
                {footer.unsubscribeLabel}
              </Link>
            </Text>
            <Text style={styles.footer}>{SELLER}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  )
}
