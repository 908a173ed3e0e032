import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Streams a stored ticket file as a download: the stored type (checked on the way in), `attachment` with the cleaned
 * name, no sniffing, no caching, and a sandbox should a browser try to show it anyway.
 */
export async function sendTicketFile(
  container: MedusaContainer,
  res: MedusaResponse,
  attachment: { file_key: string; file_name: string; content_type: string }
): Promise<void> {
  const stream = await container.resolve(Modules.FILE).getDownloadStream(attachment.file_key)
  res.setHeader("Content-Type", attachment.content_type)
  res.setHeader("Content-Disposition", `attachment; filename="${attachment.file_name.replace(/["\\\r\n]/g, "")}"`)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  res.setHeader("Cache-Control", "private, no-store")
  stream.on("error", () => res.destroy())
  stream.pipe(res)
}
