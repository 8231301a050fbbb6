/** `kg export`: writes a stored graph as GEXF, GraphML, CSV, JSON or TSV, to a file (atomically) or to stdout. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { ExportError, isSystemError, messageOf } from '../../errors/index.js';
import { EXPORT_FORMATS, filesOf, isExportFormat, type ExportFile } from '../../export/formats.js';
import { storeInput } from '../../export/input.js';
import { writeChunks } from '../../export/write-chunks.js';
import { exportName } from '../../store/export-name.js';
import { withStore } from '../with-store.js';
import { KG_CREATOR } from '../../version.js';
import { writeFileAtomically } from '../atomic-file.js';

export type CsvTable = 'nodes' | 'edges';

export interface ExportCommandOptions {
  graph: string;
  format: string;
  /** A file, `-` for stdout, or for CSV a folder (`out/`) or a name to build both tables' names on. */
  out: string;
  /** CSV only: write just this table (the way to send CSV to stdout). */
  table?: CsvTable;
  /** CSV and TSV only: write text cells as they are, formulas and all (a spreadsheet may run them). */
  raw?: boolean;
  /** The export's date; the time of the run unless a test fixes it. */
  now?: Date;
  /** Where `-` writes and where the summary goes. */
  stdout?: Writable;
}

export async function exportCommand(options: ExportCommandOptions): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const { format } = options;
  if (!isExportFormat(format)) throw new ExportError(format, `no such export format; kg writes ${EXPORT_FORMATS.join(', ')}`);
  if (options.table !== undefined && format !== 'csv') throw new ExportError(`--table ${options.table}`, 'only CSV has tables');
  const files = filesOf(format).filter((file) => options.table === undefined || file.name === `${options.table}.csv`);
  const raw = options.raw === true;
  if (raw && !files.some((file) => file.forSpreadsheets)) throw new ExportError('--raw', `only CSV and TSV guard their cells against formulas; ${format} is written as it is`);
  const { store, name } = await withStore(options.graph, async (opened) => ({ store: await opened.load(), name: opened.name }));
  const input = storeInput(store);
  const exportOptions = { creator: KG_CREATOR, now: options.now ?? new Date(), raw };

  if (options.out === '-') {
    if (files.length > 1) throw new ExportError('--out -', 'CSV is two tables: add --table nodes or --table edges to send one to stdout, or give a folder');
    await writeChunks(files[0]!.pieces(input, exportOptions), stdout);
    return 0;
  }
  const targets = await systemErrorsAs(options.out, () => destinations(options.out, files, exportName(name)));
  for (const { file } of targets) {
    if (path.resolve(file) === path.resolve(options.graph)) throw new ExportError(file, 'is the store being exported; choose another --out');
  }
  for (const { file, target } of targets) {
    await systemErrorsAs(file, () => writeFileAtomically(file, (out) => writeChunks(target.pieces(input, exportOptions), out)));
  }
  stdout.write(`Wrote ${targets.map((t) => t.file).join(' and ')} (${input.order} actors, ${input.size} relations)\n`);
  return 0;
}

/**
 * Where each file goes. A folder (an existing one, or a name ending in `/`, created if missing)
 * gets `nodes.csv` and `edges.csv`, or `NAME.gexf` and the like after the store's name. Otherwise
 * one file goes to `out` itself, and CSV's two tables are named after it: `graph.csv` gives
 * `graph-nodes.csv` and `graph-edges.csv`.
 */
async function destinations(out: string, files: ExportFile[], storeName: string): Promise<{ file: string; target: ExportFile }[]> {
  const folder = /[/\\]$/.test(out) || (await isFolder(out));
  await fs.mkdir(folder ? out : path.dirname(out), { recursive: true });
  if (folder) return files.map((target) => ({ file: path.join(out, target.name.endsWith('.csv') ? target.name : `${storeName}.${target.name}`), target }));
  if (files.length === 1) return [{ file: out, target: files[0]! }];
  const stem = out.replace(/\.csv$/i, '');
  return files.map((target) => ({ file: `${stem}-${target.name}`, target }));
}

/** A full disk or a missing permission is the export's problem; anything else is a bug and keeps its type. */
async function systemErrorsAs<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isSystemError(error)) throw new ExportError(file, `cannot write: ${messageOf(error)}`);
    throw error;
  }
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
  }
}
