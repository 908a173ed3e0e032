import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import "@/styles/globals.css"

export const metadata: Metadata = {
  title: { default: "Customer portal", template: "%s · Customer portal" },
  description: "Track orders, download invoices and get help from your wholesaler.",
  robots: { index: false, follow: false },
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-ZA">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  )
}
