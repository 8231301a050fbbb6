/** `GET /api/export/:file`: the graph as a download, streamed from the store the server holds; `?raw=1` as `kg export --raw`; `?view=1&…` the page's current view. */
import type { Request, Response } from 'express';
import { NotFoundError, RequestError } from '../errors/index.js';
import { EXPORT_FILES, type ExportFile } from '../export/formats.js';
import { storeInput } from '../export/input.js';
import { viewStore } from '../export/view-store.js';
import { sharedViewOf, type SharedView } from '../view/shared-view.js';
import { writeChunks } from '../export/write-chunks.js';
import { KG_CREATOR } from '../version.js';
import type { GraphSource } from './graph-source.js';

/** What `/api/export/` offers: one file per format, and CSV as its two tables. */
export const DOWNLOADS = [...EXPORT_FILES.keys()];

/** `name` goes into the files' names (`seeds.gexf`); it is reduced to safe characters so the header cannot be broken. */
export function exportDownload(source: GraphSource, name: string) {
  const safeName = name.replace(/[^\w.-]+/g, '_') || 'graph';
  return async (request: Request<{ file: string }>, response: Response): Promise<void> => {
    const asked = request.params.file;
    const file = EXPORT_FILES.get(asked);
    if (file === undefined) throw new NotFoundError(`no export ${JSON.stringify(asked)}; there are ${DOWNLOADS.join(', ')}`, asked);
    const raw = rawAsked(request.query['raw'], file);
    // `view=1`: what the page shows, described by the parameters of its URL
    const view = viewAsked(request.query);
    // the store as it is now: a rebuild swapping it in mid-download does not mix two graphs
    const store = await source.exportStore();
    const input = storeInput(view === null ? store : viewStore(store, view));
    response.status(200);
    response.setHeader('Content-Type', file.contentType);
    const fileName = view === null ? safeName : `${safeName}-view`;
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}${file.name.endsWith('.csv') ? '-' : '.'}${file.name}"`);
    try {
      await writeChunks(file.pieces(input, { creator: KG_CREATOR, now: new Date(), raw }), response);
      response.end();
    } catch (error) {
      // once the headers are out there is no JSON error to send: cutting the connection tells the client the file is incomplete
      if (!response.headersSent) throw error;
      response.destroy(error instanceof Error ? error : undefined);
    }
  };
}

function viewAsked(query: Request['query']): SharedView | null {
  const view = query['view'];
  if (view === undefined) return null;
  if (view !== '1') throw new RequestError(`view=${String(view)}: view takes 1 (the page's current view, from its other parameters) or is left out (the whole graph)`, 'view');
  return sharedViewOf(query);
}

/** `raw=1` or nothing; checked before any byte is sent, so a wrong value is a 400 and not a half file. */
function rawAsked(value: unknown, file: ExportFile): boolean {
  if (value === undefined) return false;
  if (value !== '1') throw new RequestError(`raw=${String(value)}: raw takes 1 (cells as they are) or is left out`, 'raw');
  if (!file.forSpreadsheets) throw new RequestError(`raw=1: only CSV and TSV guard their cells against formulas; ${file.name} is sent as it is`, 'raw');
  return true;
}
