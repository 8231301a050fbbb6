/** Gives a document its id: a hash of its text, normalised so that layout alone never changes it. */
import { createHash } from 'node:crypto';
import type { Document, SourceDocument } from '../types.js';

/**
 * The text as the id sees it: NFC, LF line ends, runs of spaces and tabs made one space, lines and
 * ends trimmed. Two copies of an article that differ only in layout then get the same id.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/** The first 16 hex digits of the SHA-256 of the normalised text. */
export function documentId(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex').slice(0, 16);
}

/** The document with its id; the text itself is kept as read, so offsets match the input. */
export function toDocument(source: SourceDocument): Document {
  return { ...source, id: documentId(source.text) };
}
