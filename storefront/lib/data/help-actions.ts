"use server"

import { createHmac, randomUUID } from "node:crypto"
import { HELP_SIGNATURE_HEADER, signHelpRequest } from "@portal/integrations/help-signature"
import { cookies } from "next/headers"
import { backendConfig } from "../config"

export interface FeedbackState {
  error: string | null
  /** The answer recorded, shown as the thanks. */
  recorded: "helpful" | "not-helpful" | null
}

const VISITOR_COOKIE = "portal_help_visitor"
const YEAR_SECONDS = 365 * 24 * 60 * 60

/**
 * The visitor as the CMS counts them: a random id kept in a cookie of this browser, sent only as a keyed hash,
 * so one browser counts once per article and the CMS never learns who anyone is.
 */
async function visitorHash(): Promise<string> {
  const jar = await cookies()
  let visitor = jar.get(VISITOR_COOKIE)?.value
  if (!visitor || !/^[0-9a-f-]{36}$/.test(visitor)) {
    visitor = randomUUID()
    jar.set(VISITOR_COOKIE, visitor, { httpOnly: true, sameSite: "lax", secure: process.env.STOREFRONT_URL?.startsWith("https://") ?? false, maxAge: YEAR_SECONDS, path: "/" })
  }
  return createHmac("sha256", process.env.CMS_STOREFRONT_SECRET ?? "").update(`help-visitor:${visitor}`).digest("hex")
}

/** "Was this helpful?": the visitor's answer (and optional comment) for an article, stored in the CMS. */
export async function sendHelpFeedback(_previous: FeedbackState, formData: FormData): Promise<FeedbackState> {
  const article = String(formData.get("article") ?? "")
  const answer = String(formData.get("helpful") ?? "")
  const comment = String(formData.get("comment") ?? "").trim()
  if (answer !== "yes" && answer !== "no") return { error: "Choose Yes or No.", recorded: null }
  if (comment.length > 1000) return { error: "Keep the comment to 1,000 characters.", recorded: null }
  const body = JSON.stringify({ article, visitor: await visitorHash(), helpful: answer === "yes", ...(comment ? { comment } : {}) })
  try {
    const response = await fetch(new URL("/api/help-feedback/vote", backendConfig().cmsUrl), {
      method: "POST",
      headers: { "content-type": "application/json", [HELP_SIGNATURE_HEADER]: signHelpRequest(process.env.CMS_STOREFRONT_SECRET ?? "", body) },
      body,
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) {
      const { message } = (await response.json().catch(() => ({}))) as { message?: string }
      return { error: response.status === 400 && message ? message : "Your answer could not be saved. Please try again later.", recorded: null }
    }
  } catch {
    return { error: "Your answer could not be saved. Please try again later.", recorded: null }
  }
  return { error: null, recorded: answer === "yes" ? "helpful" : "not-helpful" }
}
