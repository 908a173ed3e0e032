import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks every workspace before its browser stage builds: those builds skip Next's second check.
  typescript: { ignoreBuildErrors: process.env.PORTAL_SOURCES_TYPECHECKED === "1" },
  // forbidden() and app/forbidden.tsx: a page a person's role does not include answers 403 with its own page.
  experimental: {
    authInterrupts: true,
    // A support message carries up to five files of 10 MB (Medusa checks each): the form posts them through a server
    // action, and proxy.ts sees the request first (it buffers bodies up to this limit, and would cut them short).
    serverActions: { bodySizeLimit: "52mb" },
    proxyClientMaxBodySize: "52mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
        ],
      },
    ]
  },
}

export default nextConfig
