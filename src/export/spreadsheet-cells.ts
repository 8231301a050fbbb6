/**
 * The text of a CSV or TSV cell: no control character, and, unless the export is raw, nothing a
 * spreadsheet would run as a formula (OWASP's advice on CSV injection).
 */
import { xmlClean } from './xml.js';

/**
 * What a spreadsheet takes for the start of a formula, after OWASP's "CSV Injection" page: `=`,
 * `+`, `-`, `@`, and a tab or carriage return, which some skip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `=HYPERLINK(...)` becomes `'=HYPERLINK(...)`: a leading quote makes a spreadsheet show the cell as text. */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV cell's text. Control characters go as in the XML exports (tab and line breaks stay, which a
 * quoted CSV field holds); the quote is put on after, so `\u0000=cmd` cannot slip past it.
 */
export function csvText(text: string, raw: boolean): string {
  const clean = xmlClean(text);
  return raw ? clean : neutralised(clean);
}

/** A TSV cell's text: as in CSV, then tabs and line breaks become a space, since a TSV cell cannot hold them. */
export function tsvText(text: string, raw: boolean): string {
  return csvText(text, raw).replace(/[\t\n\r]+/g, ' ');
}
