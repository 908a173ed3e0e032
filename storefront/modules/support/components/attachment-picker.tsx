"use client"

import { type ChangeEvent, type DragEvent, useEffect, useRef, useState } from "react"
import { formatFileSize } from "@/lib/util/format"
import styles from "./support.module.css"

const MAX_FILES = 5
const MAX_BYTES = 10 * 1024 * 1024
const ACCEPT = "application/pdf,image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"

const isPreviewable = (file: File) => /^image\/(jpeg|png|webp)$/.test(file.type)

/**
 * Files for a message: dropped on the box or picked (on a phone, the camera too), with a preview of each photo. The
 * chosen files live in the form's own file input, so the form posts them with or without JavaScript. What is
 * obviously too much is said at once; the server still checks every file by its content.
 */
export function AttachmentPicker({ id }: { id: string }) {
  const input = useRef<HTMLInputElement>(null)
  const [files, setFiles] = useState<File[]>([])
  const [previews, setPreviews] = useState<Map<File, string>>(new Map())
  const [problem, setProblem] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)

  // A sent form is reset (ActionForm): its files are gone from the input, so from the list too.
  useEffect(() => {
    const form = input.current?.form
    const clear = () => {
      setFiles([])
      setProblem(null)
    }
    form?.addEventListener("reset", clear)
    return () => form?.removeEventListener("reset", clear)
  }, [])

  useEffect(() => {
    const urls = new Map(files.filter(isPreviewable).map((file) => [file, URL.createObjectURL(file)]))
    setPreviews(urls)
    return () => urls.forEach((url) => URL.revokeObjectURL(url))
  }, [files])

  const keep = (wanted: File[]) => {
    const tooBig = wanted.find((file) => file.size > MAX_BYTES)
    const empty = wanted.find((file) => file.size === 0)
    let chosen = wanted.filter((file) => file.size > 0 && file.size <= MAX_BYTES)
    setProblem(
      tooBig ? `${tooBig.name} is larger than 10 MB and was left out.` : empty ? `${empty.name} is empty and was left out.` : chosen.length > MAX_FILES ? `Attach at most ${MAX_FILES} files: the first ${MAX_FILES} are kept.` : null
    )
    chosen = chosen.slice(0, MAX_FILES)
    const transfer = new DataTransfer()
    chosen.forEach((file) => transfer.items.add(file))
    if (input.current) input.current.files = transfer.files
    setFiles(chosen)
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setDragging(false)
    keep([...files, ...Array.from(event.dataTransfer.files)])
  }
  const onPick = (event: ChangeEvent<HTMLInputElement>) => keep([...files, ...Array.from(event.target.files ?? [])])

  return (
    <div className={styles.attachments}>
      <div
        className={`${styles.dropzone} ${dragging ? styles.dragging : ""}`}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={id} className={styles.pick}>
          Add photos or PDFs
        </label>
        <span className={styles.hint} id={`${id}-hint`}>
          Drop files here or pick them: up to 5, each at most 10 MB (PDF, JPEG, PNG, WebP, or HEIC from a phone).
        </span>
        <input ref={input} id={id} name="files" type="file" multiple accept={ACCEPT} onChange={onPick} aria-describedby={`${id}-hint`} className={styles.fileInput} />
      </div>
      {problem ? (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      ) : null}
      {files.length > 0 ? (
        <ul className={styles.chosen} aria-label="Files to send">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              {previews.get(file) ? <img src={previews.get(file)} alt="" className={styles.thumb} /> : <span className={styles.fileIcon} aria-hidden="true">PDF</span>}
              <span className={styles.fileName}>
                {file.name} <span className={styles.hint}>({formatFileSize(file.size)})</span>
              </span>
              <button type="button" className={styles.remove} onClick={() => keep(files.filter((_, other) => other !== index))}>
                Remove<span className="visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
