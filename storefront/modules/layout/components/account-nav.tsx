"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import styles from "./account-nav.module.css"

export const ACCOUNT_SECTIONS = [
  { href: "/account", label: "Dashboard" },
  { href: "/account/orders", label: "Orders" },
  { href: "/account/cart", label: "Cart" },
  { href: "/account/invoices", label: "Invoices" },
  { href: "/account/support", label: "Support" },
  { href: "/help", label: "Help" },
  { href: "/account/profile", label: "Profile" },
  { href: "/account/security", label: "Security" },
] as const

function isCurrent(pathname: string, href: string): boolean {
  return href === "/account" ? pathname === "/account" : pathname === href || pathname.startsWith(`${href}/`)
}

/** The account sections; the current one is marked for screen readers as well as visually. */
export function AccountNav() {
  const pathname = usePathname()
  return (
    <nav aria-label="Account" className={styles.nav}>
      <ul className={styles.list}>
        {ACCOUNT_SECTIONS.map((section) => {
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
