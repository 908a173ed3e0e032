/** When a month's statements fall due: the 1st of the next month at 06:00 SAST (04:00 UTC). */
export function statementsDueAt(month: { to: string }): Date {
  const due = new Date(`${month.to}T04:00:00Z`)
  due.setUTCDate(due.getUTCDate() + 1)
  return due
}
