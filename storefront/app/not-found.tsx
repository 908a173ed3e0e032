import Link from "next/link"

export default function NotFound() {
  return (
    <main id="main" style={{ padding: "32px 16px", maxWidth: 640, margin: "0 auto" }}>
      <h1>Page not found</h1>
      <p>The page you asked for does not exist or is not available to your account.</p>
      <Link href="/account">Back to your account</Link>
    </main>
  )
}
