/** Reads an HTML page as one document: the visible text, with paragraphs kept as lines. */
import { decode } from 'html-entities';
import type { SourceDocument } from '../types.js';
import { capTitle, titleFromText } from './title.js';

/**
 * The inside of a tag: quoted values (which may hold `<` and `>`) and other characters but `<`.
 * Stopping at `<` keeps every pattern below linear: a `<` never closed by `>` would otherwise make
 * each later `<` scan to the end of the page, and `<a<a<a…` takes minutes at a few kilobytes.
 */
const INSIDE_TAG = `(?:[^<>"']|"[^"]*"|'[^']*')*`;
/** Elements whose content is never shown as text; `head` holds the title and metadata, not the article. */
const HIDDEN_START = new RegExp(`<(script|style|noscript|template|head)\\b${INSIDE_TAG}>`, 'gi');
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** Doctype, processing instructions and CDATA markers. */
const DECLARATION = /<[!?][^<>]*>/g;
/** A start or end tag. */
const TAG = new RegExp(`</?[a-zA-Z]${INSIDE_TAG}>`, 'g');
const BLOCK_ELEMENTS = [
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h[1-6]', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
];
const BLOCK_TAG = tagsNamed(BLOCK_ELEMENTS.join('|'));
/** Table cells sit side by side: a space keeps their words apart without breaking the row. */
const CELL_TAG = tagsNamed('td|th');

function tagsNamed(names: string): RegExp {
  return new RegExp(`<\\/?(?:${names})\\b${INSIDE_TAG}>`, 'gi');
}

export function parseHtml(html: string, source: string): SourceDocument {
  const text = htmlToText(html);
  return { source, title: htmlTitle(html) ?? titleFromText(text), text };
}

/** The text a reader sees: hidden parts dropped, block elements as line breaks, entities decoded. */
export function htmlToText(html: string): string {
  const visible = withoutHidden(html.replace(COMMENT, ' ')).replace(DECLARATION, ' ');
  // Line breaks in HTML source are just spaces; the block tags decide where lines end.
  const flowed = visible.replace(/\s+/g, ' ').replace(BLOCK_TAG, '\n').replace(CELL_TAG, ' ');
  return tidyLines(decode(flowed.replace(TAG, '')));
}

/** The `<title>`, else the first `<h1>`, else undefined when the page has neither with any text. */
export function htmlTitle(html: string): string | undefined {
  const page = html.replace(COMMENT, ' ');
  for (const element of ['title', 'h1']) {
    const start = new RegExp(`<${element}\\b${INSIDE_TAG}>`, 'i').exec(page);
    const content = start === null ? undefined : contentUpToEnd(page, element, start.index + start[0].length);
    const title = content === undefined ? '' : inlineText(content.text);
    if (title !== '') return capTitle(title);
  }
  return undefined;
}

/**
 * The page without hidden elements. A loop rather than one pattern: an element never closed is
 * then looked for once, where a lazy `[\s\S]*?` would scan to the end again from each of its starts.
 */
function withoutHidden(html: string): string {
  const unclosed = new Set<string>();
  let visible = '';
  let from = 0;
  const starts = new RegExp(HIDDEN_START);
  for (let start = starts.exec(html); start !== null; start = starts.exec(html)) {
    const element = start[1]!.toLowerCase();
    if (unclosed.has(element)) continue;
    const content = contentUpToEnd(html, element, starts.lastIndex);
    if (content === undefined) {
      unclosed.add(element); // its tags are stripped later and its text shown, as a browser would not, but safely
      continue;
    }
    visible += `${html.slice(from, start.index)} `;
    from = starts.lastIndex = content.after;
  }
  return visible + html.slice(from);
}

/** The text from `from` to the element's end tag, and where that tag ends; undefined when it has none. */
function contentUpToEnd(html: string, element: string, from: number): { text: string; after: number } | undefined {
  const end = new RegExp(`</${element}\\s*>`, 'gi');
  end.lastIndex = from;
  const found = end.exec(html);
  return found === null ? undefined : { text: html.slice(from, found.index), after: end.lastIndex };
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
