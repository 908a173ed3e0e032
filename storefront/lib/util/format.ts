/** How the portal shows dates, times and money: Johannesburg time, South African rand (shared with the PDFs). */
export { formatDate, formatDateTime, formatDay, formatMonth, formatQuantity } from "@portal/integrations/locale"
export { formatRand } from "@portal/integrations"
import { johannesburgDay } from "@portal/integrations/locale"

/** Today in Johannesburg, as YYYY-MM-DD. */
export const johannesburgToday = () => johannesburgDay()
