/** What every export writes about itself (who made it and when), and whether CSV and TSV cells are written raw. */
export interface ExportOptions {
  /** `kg VERSION`, for GEXF's `<creator>`. */
  creator: string;
  /**
   * When the export is made: GEXF's `lastmodifieddate`. The export time, not the newest
   * document's date: documents often have no date, and the graph (aliases, layout) changes
   * with every build even when the documents do not. Tests pass a fixed date.
   */
  now: Date;
  /**
   * CSV and TSV: write text cells as they are, without the quote that keeps a spreadsheet from
   * running `=...` as a formula (`kg export --raw`). Control characters are dropped either way.
   */
  raw?: boolean;
}

/** `YYYY-MM-DD` in UTC, the form `xsd:date` takes. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
