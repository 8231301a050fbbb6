/**
 * Reads a store file as store-writer.ts lays it out, one array element a line, parsing each line on
 * its own: a corpus whose store is larger than V8's longest string still loads, and memory never
 * holds the file's text whole. A file in any other layout (written by hand, pretty-printed) is
 * read whole as plain JSON.
 */
import { createReadStream, promises as fs } from 'node:fs';
import readline from 'node:readline';

/** The parsed JSON; a SyntaxError when the file is not JSON or ends before the store does. */
export async function readContents(file: string): Promise<unknown> {
  const reader = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  // one iterator for the whole file: leaving a for-await loop early would close the reader
  const lines = reader[Symbol.asyncIterator]();
  try {
    const first = await lines.next();
    if (first.done === true || !first.value.startsWith('{"format":') || !first.value.endsWith(',')) {
      reader.close();
      return JSON.parse(await fs.readFile(file, 'utf8'));
    }
    return await readLines(first.value, lines);
  } finally {
    reader.close();
  }
}

/** Keys go to the top level until `"graph":{`, then to the graph; arrays collect a line an element. */
async function readLines(header: string, lines: AsyncIterator<string>): Promise<unknown> {
  const root = JSON.parse(`${header.slice(0, -1)}}`) as Record<string, unknown>;
  let into = root;
  let array: unknown[] | undefined;
  let closed = false;
  for (let next = await lines.next(); next.done !== true; next = await lines.next()) {
    const line = next.value;
    if (closed) {
      if (line.trim() !== '') throw new SyntaxError('text after the end of the store');
      continue;
    }
    if (array !== undefined) {
      if (line === ']' || line === '],' || line === ']}}') {
        array = undefined;
        closed = line === ']}}';
      } else {
        array.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
      }
      continue;
    }
    const entry = /^"(\w+)":(.*)$/.exec(line);
    if (entry === null) throw new SyntaxError(`unexpected line: ${line.slice(0, 40)}`);
    const [, key = '', rest = ''] = entry;
    if (rest === '[') {
      array = [];
      into[key] = array;
    } else if (rest === '[],' || rest === '[]}}') {
      into[key] = [];
      closed = rest === '[]}}';
    } else if (key === 'graph' && rest.startsWith('{') && rest.endsWith(',')) {
      into = JSON.parse(`${rest.slice(0, -1)}}`) as Record<string, unknown>;
      root[key] = into;
    } else if (rest.endsWith(',')) {
      into[key] = JSON.parse(rest.slice(0, -1));
    } else {
      throw new SyntaxError(`unexpected line: ${line.slice(0, 40)}`);
    }
  }
  if (!closed) throw new SyntaxError('the file ends before the store does');
  return root;
}
