import { withPayload } from "@payloadcms/next/withPayload"
import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks every workspace before its browser stage builds: those builds skip Next's second check.
  typescript: { ignoreBuildErrors: process.env.PORTAL_SOURCES_TYPECHECKED === "1" },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
