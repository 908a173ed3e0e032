import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { SafeAttachment } from "@portal/integrations/attachments"

/** A checked attachment on its way into a workflow (workflow inputs are plain data, so the bytes travel as base64). */
export interface TicketFileInput {
  file_name: string
  content_type: SafeAttachment["contentType"]
  content_base64: string
}

/** A file as the File Module keeps it. */
export interface StoredTicketFile {
  file_key: string
  file_name: string
  content_type: string
  size_bytes: number
}

export const toTicketFileInputs = (files: SafeAttachment[]): TicketFileInput[] =>
  files.map((file) => ({ file_name: file.fileName, content_type: file.contentType, content_base64: file.bytes.toString("base64") }))

/**
 * Keeps the files privately (never at a public address); answers their keys. Each stored name starts with a random
 * part: the local provider names files by the millisecond and the name, and two phone photos called image.jpg
 * stored together would otherwise be one file.
 */
export async function storeTicketFiles(container: Pick<MedusaContainer, "resolve">, files: TicketFileInput[]): Promise<StoredTicketFile[]> {
  if (!files.length) return []
  const stored = await container
    .resolve(Modules.FILE)
    .createFiles(files.map((file) => ({ filename: `${randomUUID()}-${file.file_name}`, mimeType: file.content_type, content: file.content_base64, access: "private" as const })))
  return stored.map((file, index) => ({
    file_key: file.id,
    file_name: files[index]!.file_name,
    content_type: files[index]!.content_type,
    size_bytes: Buffer.byteLength(files[index]!.content_base64, "base64"),
  }))
}

export async function deleteTicketFiles(container: Pick<MedusaContainer, "resolve">, fileKeys: string[]): Promise<void> {
  if (fileKeys.length) await container.resolve(Modules.FILE).deleteFiles(fileKeys)
}
