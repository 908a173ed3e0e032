"use client"

import type { Permission } from "@portal/integrations/roles"
import Link from "next/link"
import { usePathname } from "next/navigation"
import styles from "./account-nav.module.css"

/** The sections and what a role needs to see each (the pages and the backend check the same). */
export const ACCOUNT_SECTIONS: readonly { href: string; label: string; needs: Permission }[] = [
  { href: "/account", label: "Dashboard", needs: "self" },
  { href: "/account/notifications", label: "Notifications", needs: "self" },
  { href: "/account/orders", label: "Orders", needs: "orders.read" },
  { href: "/account/cart", label: "Cart", needs: "orders.buy" },
  { href: "/account/invoices", label: "Invoices", needs: "invoices.read" },
  { href: "/account/insights", label: "Insights", needs: "insights.read" },
  { href: "/account/support", label: "Support", needs: "self" },
  { href: "/help", label: "Help", needs: "self" },
  { href: "/account/team", label: "Team", needs: "team.manage" },
  { href: "/account/profile", label: "Profile", needs: "self" },
  { href: "/account/security", label: "Security", needs: "self" },
]

function isCurrent(pathname: string, href: string): boolean {
  return href === "/account" ? pathname === "/account" : pathname === href || pathname.startsWith(`${href}/`)
}

/** The account sections the person's role includes; the current one is marked for screen readers as well as visually. */
export function AccountNav({ permissions }: { permissions: readonly Permission[] }) {
  const pathname = usePathname()
  return (
    <nav aria-label="Account" className={styles.nav}>
      <ul className={styles.list}>
        {ACCOUNT_SECTIONS.filter((section) => permissions.includes(section.needs)).map((section) => {
          const current = isCurrent(pathname, section.href)
          return (
            <li key={section.href}>
              <Link href={section.href} className={styles.link} aria-current={current ? "page" : undefined}>
                {section.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
