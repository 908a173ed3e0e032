import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { deleteTicketFiles, storeTicketFiles, type TicketFileInput } from "../../../lib/support/files"

/** Keeps a message's checked files in the File Module; undone by deleting them. */
export const storeTicketFilesStep = createStep(
  "store-ticket-files",
  async (files: TicketFileInput[], { container }) => {
    const stored = await storeTicketFiles(container, files)
    return new StepResponse(stored, stored.map((file) => file.file_key))
  },
  async (fileKeys, { container }) => {
    if (fileKeys?.length) await deleteTicketFiles(container, fileKeys)
  }
)
