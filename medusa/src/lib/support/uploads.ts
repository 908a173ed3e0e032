import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ATTACHMENT_LIMITS, AttachmentRefused, type IncomingAttachment, type SafeAttachment, safeAttachments } from "@portal/integrations/attachments"
import multer from "multer"

/**
 * Reads a message's files from a multipart form (field `files`) into memory, refusing at once, with a sentence, more
 * than 5 files or one over 10 MB: nothing of a refused request is stored. A JSON request passes through untouched.
 */
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: ATTACHMENT_LIMITS.maxBytes, files: ATTACHMENT_LIMITS.maxFiles, fields: 20, fieldSize: 64 * 1024, parts: 30 },
}).array("files", ATTACHMENT_LIMITS.maxFiles)

const LIMIT_MESSAGES: Record<string, { status: number; message: string }> = {
  LIMIT_FILE_SIZE: { status: 413, message: "A file is larger than 10 MB. Attach files of at most 10 MB each (a photo from a phone usually is)." },
  LIMIT_FILE_COUNT: { status: 400, message: `Attach at most ${ATTACHMENT_LIMITS.maxFiles} files to one message.` },
  LIMIT_UNEXPECTED_FILE: { status: 400, message: `Attach at most ${ATTACHMENT_LIMITS.maxFiles} files to one message, in the "files" field.` },
  LIMIT_FIELD_VALUE: { status: 400, message: "A message has at most 5 000 characters." },
}

export function acceptTicketUploads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req, res, (error: unknown) => {
    if (!error) {
      // multer's body has no prototype; Medusa's validation messages only read plain objects.
      if (req.body) req.body = { ...req.body }
      return next()
    }
    const code = (error as { code?: string }).code ?? ""
    const known = LIMIT_MESSAGES[code] ?? { status: 400, message: "The files could not be read. Attach them again and send once more." }
    res.status(known.status).json({ type: "invalid_data", message: known.message })
  })
}

/** The request's files as multer read them. */
export function uploadedFiles(req: MedusaRequest): IncomingAttachment[] {
  const files = (req as MedusaRequest & { files?: { originalname: string; buffer: Buffer }[] }).files ?? []
  return files.map((file) => ({ fileName: file.originalname, bytes: file.buffer }))
}

/** The request's files checked and cleaned, or a 400 naming the first refused one (nothing is stored then). */
export async function checkedUploads(req: MedusaRequest, res: MedusaResponse): Promise<SafeAttachment[] | null> {
  try {
    return await safeAttachments(uploadedFiles(req))
  } catch (error) {
    if (!(error instanceof AttachmentRefused)) throw error
    res.status(400).json({ type: "invalid_data", code: "attachment_refused", file: error.fileName, message: error.message })
    return null
  }
}
