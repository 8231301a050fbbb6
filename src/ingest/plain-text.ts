/** Reads a `.txt` or `.md` file's text as one document whose title is its first line. */
import type { SourceDocument } from '../types.js';
import { titleFromText } from './title.js';

export function parsePlainText(text: string, source: string): SourceDocument {
  return { source, title: titleFromText(text), text };
}
