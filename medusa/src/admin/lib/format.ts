/** A UTC timestamp as staff in South Africa read it. */
export const inJohannesburg = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString("en-ZA", { timeZone: "Africa/Johannesburg", dateStyle: "medium", timeStyle: "medium" }) : "never"
