/** Which file types kg reads, told apart by their extension. */
import { extname } from 'node:path';

export type Format = 'txt' | 'md' | 'html' | 'jsonl';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.txt': 'txt',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
};

/** For error messages: `.txt, .md, .html, .htm or .jsonl`. */
export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION)
  .join(', ')
  .replace(/, ([^,]+)$/, ' or $1');

/** The format of a file by its extension (any case), or undefined when kg does not read it. */
export function formatOf(path: string): Format | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}
