import { Button, Heading, Link, Section, Text } from "@react-email/components"
import { EmailLayout } from "./layout"

export interface ProgressStep {
  label: string
  reached: boolean
  current: boolean
}

/** What the dispatcher puts in an email notification's data (see prepare-customer-notifications). */
export interface CustomerEventEmailData {
  name: string | null
  category_label: string
  title: string
  body: string
  link: string
  tracking_url?: string | null
  progress?: ProgressStep[] | null
  preferences_url: string
  unsubscribe_url: string
  one_click_unsubscribe_url: string
}

/** The order's progress as a row of steps; the current one is bold, so it reads in any mail program. */
export function ProgressLine({ steps }: { steps: ProgressStep[] }) {
  return (
    <Text style={{ fontSize: "14px", margin: "0 0 16px", color: "#52606d" }}>
      {steps.map((step, index) => (
        <span key={step.label}>
          {index > 0 ? " → " : ""}
          <span style={{ color: step.reached ? "#0b5cad" : "#9aa5b1", fontWeight: step.current ? 700 : 400 }}>
            {step.current ? `${step.label} (now)` : step.reached ? `${step.label} ✓` : step.label}
          </span>
        </span>
      ))}
    </Text>
  )
}

export function CustomerEventEmail({ data }: { data: CustomerEventEmailData }) {
  return (
    <EmailLayout
      preview={data.body}
      footer={{
        reason: `You get this email because you follow ${data.category_label.toLowerCase()} in our customer portal.`,
        preferencesUrl: data.preferences_url,
        unsubscribeUrl: data.unsubscribe_url,
        unsubscribeLabel: `Stop emails about ${data.category_label.toLowerCase()}`,
      }}
    >
      <Text style={{ margin: "0 0 12px" }}>{data.name ? `Hello ${data.name},` : "Hello,"}</Text>
      <Heading as="h1" style={{ fontSize: "20px", lineHeight: "28px", margin: "0 0 12px" }}>
        {data.title}
      </Heading>
      <Text style={{ margin: "0 0 16px", lineHeight: "22px" }}>{data.body}</Text>
      {data.progress?.length ? <ProgressLine steps={data.progress} /> : null}
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={data.link} style={{ backgroundColor: "#0b5cad", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", textDecoration: "none" }}>
          Open in the portal
        </Button>
      </Section>
      {data.tracking_url ? (
        <Text style={{ margin: "0 0 12px", fontSize: "14px" }}>
          Follow the delivery on the carrier&apos;s site: <Link href={data.tracking_url}>{data.tracking_url}</Link>
        </Text>
      ) : null}
      <Text style={{ margin: "0 0 12px", fontSize: "14px" }}>
        Or open this address: <Link href={data.link}>{data.link}</Link>
      </Text>
    </EmailLayout>
  )
}
