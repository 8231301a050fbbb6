/** What every export writes about itself: who made it and when. */
export interface ExportOptions {
  /** `kg VERSION`, for GEXF's `<creator>`. */
  creator: string;
  /**
   * When the export is made: GEXF's `lastmodifieddate`. The export time, not the newest
   * document's date: documents often have no date, and the graph (aliases, layout) changes
   * with every build even when the documents do not. Tests pass a fixed date.
   */
  now: Date;
}

/** `YYYY-MM-DD` in UTC, the form `xsd:date` takes. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
