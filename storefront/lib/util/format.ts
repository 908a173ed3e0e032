/** How the portal shows dates, times and money: Johannesburg time, South African rand (shared with the PDFs). */
export { formatDate, formatDateTime, formatDay, formatDayRange, formatMonth, formatQuantity } from "@portal/integrations/locale"
export { formatRand } from "@portal/integrations"
import { johannesburgDay } from "@portal/integrations/locale"

/** Today in Johannesburg, as YYYY-MM-DD. */
export const johannesburgToday = () => johannesburgDay()

/** A file's size as people read it: "340 KB", "4.2 MB". */
export const formatFileSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`)
