/** Picks a document's title from its text when the input names none. */

/** Long enough for any headline; a first line longer than this is a paragraph, not a title. */
const MAX_TITLE_CHARS = 200;

/** How far down a headline is looked for, past page furniture such as `Accessibility links`. */
const HEADLINE_LINES = 5;

/**
 * The first of the opening lines that reads as a headline (three words or more, no full stop at
 * the end), without markdown heading marks; else the first sentence of the first line. Pages
 * saved from news sites open with navigation crumbs, and wire copy opens with its first paragraph.
 */
export function titleFromText(text: string): string {
  const lines = text.split(/\r\n?|\n/).map(stripHeadingMarks).filter((line) => line !== '');
  const headline = lines.slice(0, HEADLINE_LINES).find(isHeadline);
  return capTitle(headline ?? firstSentence(lines[0] ?? ''));
}

function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= 30 && !/[.!?]["”’)]?$/u.test(line);
}

/** Up to the first full stop after a word of two lower-case letters or more, so `U.S.` does not end it. */
function firstSentence(line: string): string {
  const end = /(?<=\p{Ll}{2}[.!?]["”’)]?)\s/u.exec(line);
  return end === null ? line : line.slice(0, end.index);
}

/** `## Heading ##` → `Heading`. */
function stripHeadingMarks(line: string): string {
  return line.trim().replace(/^#{1,6}(?=\s|$)/, '').replace(/\s#+$/, '').trim();
}

/** Collapses whitespace and cuts at a word boundary near the cap, marking the cut with `…`. */
export function capTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= MAX_TITLE_CHARS) return clean;
  const cut = chars.slice(0, MAX_TITLE_CHARS - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // Cut at the last word boundary unless that throws away much of the title.
  const kept = lastSpace > MAX_TITLE_CHARS * 0.8 ? cut.slice(0, lastSpace) : cut;
  return `${kept.trimEnd()}…`;
}
