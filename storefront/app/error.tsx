"use client"

import formStyles from "@/modules/common/components/form.module.css"

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" style={{ padding: "32px 16px", maxWidth: 640, margin: "0 auto" }}>
      <h1>Something went wrong</h1>
      <p>We could not show this page. Please try again; if it keeps happening, contact our sales office.</p>
      <button type="button" className={formStyles.submit} onClick={reset}>
        Try again
      </button>
    </main>
  )
}
