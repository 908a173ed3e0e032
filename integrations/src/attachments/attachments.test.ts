import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { ATTACHMENT_LIMITS, AttachmentRefused, safeAttachments, safeFileName } from "./index"

const photo = (format: "jpeg" | "png" | "webp") => sharp({ create: { width: 40, height: 30, channels: 3, background: "#1f6b4f" } })[format]().toBuffer()
const pdf = (body = "") => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R ${body}>> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, "latin1")
const refusal = async (files: { fileName: string; bytes: Buffer }[]) => {
  try {
    await safeAttachments(files)
  } catch (error) {
    if (error instanceof AttachmentRefused) return error.message
    throw error
  }
  throw new Error("accepted")
}

describe("attachments customers send", () => {
  it("keeps a phone photo's pixels and drops its EXIF, GPS position included", async () => {
    const withGps = await sharp(await photo("jpeg"))
      .withExif({ IFD0: { Make: "PhoneMaker" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "33/1 55/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "18/1 25/1 0/1" } })
      .jpeg()
      .toBuffer()
    expect((await sharp(withGps).metadata()).exif).toBeDefined()
    const [kept] = await safeAttachments([{ fileName: "IMG_2041.JPG", bytes: withGps }])
    expect(kept!.contentType).toBe("image/jpeg")
    expect(kept!.fileName).toBe("IMG_2041.jpg")
    const metadata = await sharp(kept!.bytes).metadata()
    expect([metadata.width, metadata.height, metadata.exif]).toEqual([40, 30, undefined])
    expect(kept!.bytes.includes("PhoneMaker")).toBe(false)
  })

  it("cuts what a PNG/HTML polyglot carries after its image", async () => {
    const polyglot = Buffer.concat([await photo("png"), Buffer.from("<html><script>alert(document.cookie)</script></html>")])
    const [kept] = await safeAttachments([{ fileName: "damage.png", bytes: polyglot }])
    expect(kept!.contentType).toBe("image/png")
    expect(kept!.bytes.includes("<script>")).toBe(false)
    expect((await sharp(kept!.bytes).metadata()).width).toBe(40)
  })

  it("accepts a plain PDF and WebP, named for what they are", async () => {
    const kept = await safeAttachments([
      { fileName: "../../Delivery note #4711.PDF", bytes: pdf() },
      { fileName: "crate.webp.exe", bytes: await photo("webp") },
    ])
    expect(kept.map((file) => [file.fileName, file.contentType])).toEqual([
      ["Delivery note 4711.pdf", "application/pdf"],
      ["crate.webp", "image/webp"],
    ])
  })

  it("refuses, naming the file, what is not a PDF or a photo whatever its name says", async () => {
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>")
    const zip = Buffer.from("504b0304140000000000000000000000000000000000000000000000000000000a000000612e747874", "hex")
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)])
    for (const [fileName, bytes] of [["photo.png", svg], ["photo.jpg", html], ["photos.zip", zip], ["invoice.pdf", exe]] as const) {
      expect(await refusal([{ fileName, bytes }]), fileName).toBe(`${fileName.replace(/\.\w+$/, "")} is not a PDF or a photo (JPEG, PNG, WebP or HEIC).`)
    }
  })

  it("refuses a PDF that runs scripts, a photo that does not decode, empty and oversized files, and a sixth file", async () => {
    expect(await refusal([{ fileName: "statement.pdf", bytes: pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ") }])).toMatch(/^statement contains scripts or embedded files/)
    const brokenJpeg = Buffer.concat([Buffer.from("ffd8ffe000104a464946", "hex"), Buffer.alloc(64, 7)])
    expect(await refusal([{ fileName: "cut.jpg", bytes: brokenJpeg }])).toBe("cut could not be read as a photo. Take or save it again and attach it once more.")
    const fakeHeic = Buffer.concat([Buffer.from("0000001866747970686569630000000068656963", "hex"), Buffer.alloc(64, 1)])
    expect(await refusal([{ fileName: "IMG_0001.HEIC", bytes: fakeHeic }])).toMatch(/^IMG_0001 could not be read as a photo/)
    expect(await refusal([{ fileName: "empty.png", bytes: Buffer.alloc(0) }])).toBe("empty is empty.")
    expect(await refusal([{ fileName: "huge.pdf", bytes: Buffer.alloc(ATTACHMENT_LIMITS.maxBytes + 1) }])).toBe("huge is larger than 10 MB.")
    const six = await Promise.all(Array.from({ length: 6 }, async (_, n) => ({ fileName: `${n}.png`, bytes: await photo("png") })))
    expect(await refusal(six)).toBe("Attach at most 5 files to one message.")
  })

  it("cleans names: no folders, no odd characters, never empty", () => {
    expect(safeFileName("C:\\Users\\me\\Desktop\\photo.JPG", "jpg")).toBe("photo.jpg")
    expect(safeFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf")
    expect(safeFileName("\u0000\u202e.pdf", "pdf")).toBe("attachment.pdf")
    expect(safeFileName(`${"x".repeat(200)}.png`, "png")).toHaveLength(80)
  })
})
