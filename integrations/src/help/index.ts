/**
 * What the CMS and the storefront agree on for the help centre: the portal pages an article can be tagged for (its
 * contextual help), the cache tag the storefront's help data carries, and the search's answer. No Node APIs: the
 * storefront's browser code uses it too (the signature is in help-signature).
 */
export const HELP_PAGES = [
  { value: "dashboard", label: "Account home" },
  { value: "orders", label: "Order history" },
  { value: "order", label: "An order" },
  { value: "order-on-hold", label: "An order on hold" },
  { value: "cart", label: "Cart" },
  { value: "invoices", label: "Invoices and credit notes" },
  { value: "invoice", label: "An invoice" },
  { value: "invoice-overdue", label: "An overdue invoice" },
  { value: "statements", label: "Statements" },
  { value: "payments", label: "Payments" },
  { value: "exports", label: "Accounting exports" },
  { value: "team", label: "Team" },
  { value: "profile", label: "Profile and notification settings" },
  { value: "security", label: "Sign-in and security" },
  { value: "notifications", label: "Notifications" },
  { value: "support", label: "Support" },
  { value: "login", label: "Sign-in page" },
] as const

export type HelpPage = (typeof HELP_PAGES)[number]["value"]

export const isHelpPage = (value: string): value is HelpPage => HELP_PAGES.some((page) => page.value === value)

/** Marks a highlighted match in search headlines: control characters no article contains, never HTML. */
export const HIGHLIGHT_START = "\u0002"
export const HIGHLIGHT_END = "\u0003"

/** One article a help search found. */
export interface HelpSearchHit {
  id: number
  slug: string
  title: string
  category: string | null
  /** The summary and (when asked for, else "") a passage of the body, matches between HIGHLIGHT_START and HIGHLIGHT_END. */
  summary: string
  excerpt: string
}

/** What the CMS's help search answers. */
export interface HelpSearchResult {
  query: string
  hits: HelpSearchHit[]
  /** How many articles match, counted up to 101: more shows as "100+". */
  total: number
  /** Misspelt words and the words of the help centre searched instead ("statment" → "statement"). */
  corrections: { from: string; to: string }[]
}

/** Every cached read of help content carries this tag; a publish in the CMS revalidates it. */
export const HELP_CACHE_TAG = "help"
