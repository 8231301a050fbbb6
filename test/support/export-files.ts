/** Exports for tests: the whole text of a small one, or a file written the way `kg export` writes it. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { EXPORT_FILES } from '../../src/export/formats.js';
import { storeInput } from '../../src/export/input.js';
import type { ExportOptions } from '../../src/export/options.js';
import { writeChunks } from '../../src/export/write-chunks.js';
import type { StoreContents } from '../../src/graph/store.js';

/** A fixed creator and date, so the same store gives the same bytes. */
export const TEST_EXPORT: ExportOptions = { creator: 'kg test', now: new Date('2024-05-01T12:00:00Z') };

function exportFile(name: string) {
  const file = EXPORT_FILES.get(name);
  if (file === undefined) throw new Error(`no export file ${name}`);
  return file;
}

/** The whole export as one string: fine for the small graphs tests build. */
export function exportText(name: string, store: StoreContents, options = TEST_EXPORT): string {
  return [...exportFile(name).pieces(storeInput(store), options)].join('');
}

/** Streams the export to `path`, as the command does, and resolves once the file is closed. */
export async function exportToFile(name: string, store: StoreContents, path: string, options = TEST_EXPORT): Promise<string> {
  const out = createWriteStream(path);
  await writeChunks(exportFile(name).pieces(storeInput(store), options), out);
  const closed = once(out, 'close');
  out.end();
  await closed;
  return path;
}
