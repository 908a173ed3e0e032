import { Button, Heading, Link, Section, Text } from "@react-email/components"
import { EmailLayout } from "./layout"

export interface DigestItem {
  category_label: string
  title: string
  body: string
  link: string
}

/** What the digest job puts in a daily email's data (see lib/notifications/digest). */
export interface CustomerDigestEmailData {
  name: string | null
  account_name: string
  /** "Tuesday 1 December 2026" */
  day_label: string
  items: DigestItem[]
  notifications_url: string
  preferences_url: string
  unsubscribe_url: string
  one_click_unsubscribe_url: string
  /** "order updates and deliveries" */
  categories_label: string
}

export const digestSubject = (data: CustomerDigestEmailData) => `Your daily update: ${data.items.length} ${data.items.length === 1 ? "change" : "changes"} for ${data.account_name}`

/** One email a day instead of one per change: every item of the chosen categories, grouped, newest last. */
export function CustomerDigestEmail({ data }: { data: CustomerDigestEmailData }) {
  const groups = [...new Set(data.items.map((item) => item.category_label))]
  return (
    <EmailLayout
      preview={`${data.items.length} changes since yesterday: ${data.items[0]?.title ?? ""}`}
      footer={{
        reason: `You get this daily email because you chose it for ${data.categories_label} in our customer portal.`,
        preferencesUrl: data.preferences_url,
        unsubscribeUrl: data.unsubscribe_url,
        unsubscribeLabel: "Stop these daily emails",
      }}
    >
      <Text style={{ margin: "0 0 12px" }}>{data.name ? `Hello ${data.name},` : "Hello,"}</Text>
      <Heading as="h1" style={{ fontSize: "20px", lineHeight: "28px", margin: "0 0 12px" }}>
        What changed for {data.account_name} by {data.day_label}
      </Heading>
      {groups.map((group) => (
        <Section key={group} style={{ margin: "0 0 12px" }}>
          <Heading as="h2" style={{ fontSize: "16px", margin: "12px 0 8px" }}>
            {group}
          </Heading>
          {data.items
            .filter((item) => item.category_label === group)
            .map((item) => (
              <Text key={`${item.link}-${item.title}`} style={{ margin: "0 0 10px", lineHeight: "22px" }}>
                <Link href={item.link} style={{ color: "#0b5cad", fontWeight: 700 }}>
                  {item.title}
                </Link>
                <br />
                {item.body}
              </Text>
            ))}
        </Section>
      ))}
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={data.notifications_url} style={{ backgroundColor: "#0b5cad", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", textDecoration: "none" }}>
          See all notifications
        </Button>
      </Section>
    </EmailLayout>
  )
}
