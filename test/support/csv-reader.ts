/** A strict RFC 4180 reader for the CSV tests: it fails on anything a lenient reader would guess at. */
import assert from 'node:assert/strict';

/** CRLF between records, quoted fields with doubled quotes, nothing else after a closing quote. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        assert.ok(quote >= 0, 'a quoted field is never closed');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n]/);
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      assert.ok(!field.includes('"'), `a quote in an unquoted field: ${field}`);
      i += field.length;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    if (i >= text.length) return rows;
    assert.equal(text.slice(i, i + 2), '\r\n', `records end with CRLF (at ${i})`);
    i += 2;
    if (i >= text.length) return rows;
  }
}

/** The records under their header's names; every record must have as many fields as the header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  for (const row of rows) assert.equal(row.length, header!.length, row.join(','));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}
