/** Reads an HTML page as one document: the visible text, with paragraphs kept as lines. */
import { decode } from 'html-entities';
import type { SourceDocument } from '../types.js';
import { capTitle, titleFromText } from './title.js';

/** Elements whose content is never shown as text; `head` holds the title and metadata, not the article. */
const HIDDEN = /<(script|style|noscript|template|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** Doctype, processing instructions and CDATA markers. */
const DECLARATION = /<[!?][^>]*>/g;
/** A start or end tag; quoted attribute values may hold `>`. */
const TAG = /<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const BLOCK_ELEMENTS = [
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h[1-6]', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
];
const BLOCK_TAG = tagsNamed(BLOCK_ELEMENTS.join('|'));
/** Table cells sit side by side: a space keeps their words apart without breaking the row. */
const CELL_TAG = tagsNamed('td|th');

function tagsNamed(names: string): RegExp {
  return new RegExp(`<\\/?(?:${names})\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
}

export function parseHtml(html: string, source: string): SourceDocument {
  const text = htmlToText(html);
  return { source, title: htmlTitle(html) ?? titleFromText(text), text };
}

/** The text a reader sees: hidden parts dropped, block elements as line breaks, entities decoded. */
export function htmlToText(html: string): string {
  const visible = html.replace(COMMENT, ' ').replace(HIDDEN, ' ').replace(DECLARATION, ' ');
  // Line breaks in HTML source are just spaces; the block tags decide where lines end.
  const flowed = visible.replace(/\s+/g, ' ').replace(BLOCK_TAG, '\n').replace(CELL_TAG, ' ');
  return tidyLines(decode(flowed.replace(TAG, '')));
}

/** The `<title>`, else the first `<h1>`, else undefined when the page has neither with any text. */
export function htmlTitle(html: string): string | undefined {
  const page = html.replace(COMMENT, ' ');
  for (const element of ['title', 'h1']) {
    const match = new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}\\s*>`, 'i').exec(page);
    const title = match?.[1] === undefined ? '' : inlineText(match[1]);
    if (title !== '') return capTitle(title);
  }
  return undefined;
}

function inlineText(html: string): string {
  return decode(html.replace(TAG, ' ')).replace(/\s+/g, ' ').trim();
}

/** Trims each line, turns no-break spaces into spaces, and keeps at most one blank line in a row. */
function tidyLines(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
