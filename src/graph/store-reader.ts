/**
 * Reads a store file as store-writer.ts lays it out, one array element a line, parsing each line on
 * its own and hashing its bytes as they pass: a corpus whose store is larger than V8's longest
 * string still loads, memory never holds the file's text whole, and the checksum line at the end
 * tells whether the bytes are the ones kg wrote. A file in any other layout (written by hand,
 * pretty-printed) is read whole as plain JSON, and has no checksum that could be checked.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { checksumIn, startChecksum } from './store-checksum.js';

export interface StoreRead {
  /** The parsed JSON, without the checksum. */
  data: unknown;
  /** `none` when the file has no checksum line: a store written before version 2, or by hand. */
  checksum: 'matches' | 'differs' | 'none';
}

/** A SyntaxError when the file is not JSON, or ends before the store does. */
export async function readContents(file: string): Promise<StoreRead> {
  const lines = linesOf(file);
  try {
    const first = await lines.next();
    const header = first.done === true ? '' : textOf(first.value);
    if (first.done === true || !header.startsWith('{"format":') || !header.endsWith(',')) {
      return { data: JSON.parse(await fs.readFile(file, 'utf8')), checksum: 'none' };
    }
    return await readLines(first.value, lines);
  } finally {
    await lines.return();
  }
}

/**
 * Keys go to the top level until `"graph":{`, then to the graph; arrays collect a line an element.
 * The graph's last array ends the store (`]}}`, version 1) or hands back to the top level (`]},`)
 * for the checksum line, whose own bytes are not hashed.
 */
async function readLines(first: Buffer, lines: AsyncGenerator<Buffer, void>): Promise<StoreRead> {
  const hash = startChecksum().update(first);
  const header = textOf(first);
  const root = JSON.parse(`${header.slice(0, -1)}}`) as Record<string, unknown>;
  let into = root;
  let array: unknown[] | undefined;
  let graphClosed = false;
  let closed = false;
  let checksum: StoreRead['checksum'] = 'none';
  // what follows the end of an array or an empty one: more keys, or the end of the graph
  const after = (rest: string): void => {
    if (rest === '}}') closed = true;
    else if (rest === '},') [into, graphClosed] = [root, true];
    else if (rest !== ',' && rest !== '') throw new SyntaxError(`unexpected text after a list: ${rest.slice(0, 40)}`);
  };
  for (let next = await lines.next(); next.done !== true; next = await lines.next()) {
    const line = textOf(next.value);
    if (closed) {
      if (line.trim() !== '') throw new SyntaxError('text after the end of the store');
      continue;
    }
    const expected = graphClosed ? checksumIn(line) : undefined;
    if (expected !== undefined) {
      checksum = hash.digest('hex') === expected ? 'matches' : 'differs';
      closed = true;
      continue;
    }
    hash.update(next.value);
    if (array !== undefined) {
      if (line.startsWith(']') && line.length <= 3) {
        array = undefined;
        after(line.slice(1));
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
    } else if (rest.startsWith('[]') && rest.length > 2) {
      into[key] = [];
      after(rest.slice(2));
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
  return { data: root, checksum };
}

/** The file's lines as bytes, each with its newline: the checksum is over bytes, not decoded text. */
async function* linesOf(file: string): AsyncGenerator<Buffer, void> {
  // pieces of a line that spans chunks, joined once its end is found
  const parts: Buffer[] = [];
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
      parts.push(chunk.subarray(start, end + 1));
      const line = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      parts.length = 0;
      start = end + 1;
      yield line;
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
  }
  if (parts.length > 0) yield Buffer.concat(parts);
}

/**
 * A line's text without its line ending: `\n`, or `\r\n` in a version 1 store that went through
 * Windows (in a version 2 store the `\r` fails the checksum, as any change to its bytes does).
 */
function textOf(line: Buffer): string {
  let end = line.length;
  if (line[end - 1] === 0x0a) end--;
  if (line[end - 1] === 0x0d) end--;
  return line.toString('utf8', 0, end);
}
