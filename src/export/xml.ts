/** Text made safe for XML: characters XML 1.0 forbids are dropped, markup characters are escaped. */

/**
 * What XML 1.0 allows: `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
 * With the `u` flag a lone surrogate is a code point of its own, outside every range, so it goes too;
 * a proper pair (an emoji) is one code point above #x10000 and stays.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Anything that needs work: markup, whitespace a parser would normalise, controls, or any surrogate (checked properly above). */
const NEEDS_WORK = /[&<>"\t\n\r\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // a parser turns a literal tab, newline or carriage return in an attribute into a space (and CR LF
  // into LF in text); as character references they come back as they were
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** The text as an XML reader will give it back: the forbidden characters dropped. */
export function xmlClean(text: string): string {
  return NEEDS_WORK.test(text) ? text.replace(FORBIDDEN, '') : text;
}

/** Escaped for an attribute value in double quotes or for element text alike. */
export function xmlEscape(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(/[&<>"\t\n\r]/g, (c) => REFERENCES[c]!);
}

/** ` name="value"`, escaped: the way every writer here puts an attribute on a tag. */
export function xmlAttribute(name: string, value: string | number | boolean): string {
  return ` ${name}="${typeof value === 'string' ? xmlEscape(value) : String(value)}"`;
}
