export type { BusinessDocument, DocumentColumn, DocumentParty, DocumentRenderer, DocumentSection, DocumentWatermark } from "./types.js"
export { pdfDocumentRenderer } from "./pdf-renderer.js"
export { sellerDetails } from "./seller.js"
export { downloadWatermark } from "./watermark.js"
