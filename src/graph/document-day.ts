/**
 * The calendar day a document's `date` names, as `YYYY-MM-DD`: what the date filters, the page's
 * date range and GEXF's timeline compare. Inputs give dates as they like (`2019-01-04`,
 * `2019-01-04T10:30:00Z`); anything that does not open with a real day has no day.
 */
export function documentDay(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/u.exec(date.trim());
  return day !== null && isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3])) ? day[0] : undefined;
}

/** `2019-02-30` is not a day, though it has the shape of one. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of the next month: the last of this one
  return day <= days;
}

/**
 * The ids of the documents whose day falls within `since`/`until` (`YYYY-MM-DD`, both included; an
 * open end when undefined): what the console's `since`/`until` and an export of the page's date
 * range keep. A document without a day is outside every range.
 */
export function documentsWithin(documents: Iterable<{ id: string; date?: string }>, since: string | undefined, until: string | undefined): Set<string> {
  const within = new Set<string>();
  for (const { id, date } of documents) {
    const day = documentDay(date);
    // `YYYY-MM-DD` strings compare as the days they name
    if (day !== undefined && (since === undefined || day >= since) && (until === undefined || day <= until)) within.add(id);
  }
  return within;
}
