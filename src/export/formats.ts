/** The export formats and the files each one writes, with their content types: what `kg export` and the API offer. */
import { csvEdgePieces, csvNodePieces } from './csv.js';
import { gexfPieces } from './gexf.js';
import { graphmlPieces } from './graphml.js';
import type { ExportInput } from './input.js';
import { jsonPieces } from './json.js';
import type { ExportOptions } from './options.js';
import { tsvPieces } from './tsv.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json', 'tsv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file of an export. */
export interface ExportFile {
  /** What ends the file's name and names it in `/api/export/:file`: `gexf`, `nodes.csv`. */
  name: string;
  contentType: string;
  /** CSV and TSV open in spreadsheets: their text cells are kept from reading as formulas unless the export is `raw`. */
  forSpreadsheets: boolean;
  pieces(input: ExportInput, options: ExportOptions): Iterable<string>;
}

const file = (name: string, contentType: string, pieces: ExportFile['pieces'], forSpreadsheets = false): ExportFile => ({ name, contentType, forSpreadsheets, pieces });

/** Every file by name; CSV is two tables, so it is two files. */
export const EXPORT_FILES: ReadonlyMap<string, ExportFile> = new Map(
  [
    file('gexf', 'application/gexf+xml; charset=utf-8', gexfPieces),
    file('graphml', 'application/graphml+xml; charset=utf-8', graphmlPieces),
    file('nodes.csv', 'text/csv; charset=utf-8; header=present', csvNodePieces, true),
    file('edges.csv', 'text/csv; charset=utf-8; header=present', csvEdgePieces, true),
    file('json', 'application/json; charset=utf-8', jsonPieces),
    file('tsv', 'text/tab-separated-values; charset=utf-8', tsvPieces, true),
  ].map((f) => [f.name, f]),
);

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function filesOf(format: ExportFormat): ExportFile[] {
  const names = format === 'csv' ? ['nodes.csv', 'edges.csv'] : [format];
  return names.map((name) => EXPORT_FILES.get(name)!);
}
