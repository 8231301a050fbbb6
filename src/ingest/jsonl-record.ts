/** Turns one JSONL line, `{"id","title","text","date","url"}`, into a document, or says what is wrong with it. */
import { messageOf } from '../errors/index.js';
import { isObject, kindOf } from '../json-shape.js';
import type { SourceDocument } from '../types.js';
import { capTitle, titleFromText } from './title.js';

const OPTIONAL_FIELDS = ['id', 'title', 'date', 'url'] as const;

/** The document read from the line, or the problem that stops it being one. */
export function parseJsonlRecord(line: string, source: string): SourceDocument | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { problem: `not valid JSON: ${messageOf(error)}` };
  }
  if (!isObject(value)) return { problem: `expected a JSON object, got ${kindOf(value)}` };

  const { text } = value;
  if (text === undefined || text === null) return { problem: 'missing "text"' };
  if (typeof text !== 'string') return { problem: `"text" must be a string, got ${kindOf(text)}` };
  if (text.trim() === '') return { problem: '"text" is empty' };
  for (const field of OPTIONAL_FIELDS) {
    const found = value[field];
    // null is read as absent: exporters often write it for a field they have no value for.
    if (found !== undefined && found !== null && typeof found !== 'string') {
      return { problem: `"${field}" must be a string, got ${kindOf(found)}` };
    }
  }
  return toSourceDocument(value, text, source);
}

function toSourceDocument(record: Record<string, unknown>, text: string, source: string): SourceDocument {
  const title = nonEmptyString(record['title']);
  const date = nonEmptyString(record['date']);
  const externalId = nonEmptyString(record['id']);
  const url = nonEmptyString(record['url']);
  return {
    source,
    title: title === undefined ? titleFromText(text) : capTitle(title),
    text,
    ...(date === undefined ? {} : { date }),
    ...(externalId === undefined ? {} : { externalId }),
    ...(url === undefined ? {} : { url }),
  };
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
