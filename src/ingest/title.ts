/** Picks a document's title from its text when the input names none. */

/** Long enough for any headline; a first line longer than this is a paragraph, not a title. */
const MAX_TITLE_CHARS = 200;

/** The first non-empty line, without markdown heading marks, shortened to {@link MAX_TITLE_CHARS}. */
export function titleFromText(text: string): string {
  const line = text.split(/\r\n?|\n/).find((candidate) => candidate.trim() !== '') ?? '';
  return capTitle(stripHeadingMarks(line));
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
