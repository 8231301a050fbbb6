/** Bulk writes with COPY (pg-copy-streams): rows streamed in PostgreSQL's text format, with backpressure. */
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | boolean | null | undefined;

/** COPY's text format: tab between cells, newline between rows, `\N` for null, and those escaped in text. */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** Lines are gathered to about this size before they go to the server. */
const CHUNK_CHARS = 1 << 18;

async function* lines(rows: Iterable<readonly Cell[]>): AsyncGenerator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map(cell).join('\t')}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** Copies `rows` into `table`'s `columns` on `client` (inside the caller's transaction, if any). */
export async function copyRows(client: PoolClient, table: string, columns: readonly string[], rows: Iterable<readonly Cell[]>): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(lines(rows)), stream);
  if (!stream.writableFinished) await once(stream, 'finish');
  return stream.rowCount;
}
