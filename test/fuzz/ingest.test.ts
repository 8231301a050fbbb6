/**
 * Property-based fuzzing of ingest: HTML pages, JSONL records and plain text of any shape are read
 * without throwing, in time linear in their size, into documents the extractor then reads safely;
 * a folder of files, FIFOs, links and unreadable entries is read file by file, the rest reported.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { InputError } from '../../src/errors/index.js';
import { documentId, htmlTitle, htmlToText, parseHtml, parseJsonlRecord, parsePlainText, readInputs, toDocument } from '../../src/ingest/index.js';
import { extract } from '../../src/nlp/extract.js';
import { assertWellFormed } from '../support/fuzz-extracted.js';
import { htmlFragments, randomUnicode, SEED_SENTENCES } from '../support/fuzz-text.js';
import { fuzzRuns, shown, timed } from '../support/fuzz-run.js';
import { shippedParser } from '../../src/pipeline/parser-model.js';


/** Reading HTML is a few regular-expression passes: well under a microsecond a character when linear, so this only fails a super-linear pass. */
function htmlBudgetMs(chars: number): number {
  return 250 + 0.002 * chars;
}

/** What a reader sees: lines trimmed, no no-break spaces, never more than one blank line in a row. */
function assertTidy(html: string, text: string): void {
  assert.equal(text, text.trim(), `untrimmed text from ${shown(html)}`);
  assert.ok(!text.includes('\n\n\n') && !text.includes('\u00a0'), `untidy text ${shown(text)} from ${shown(html)}`);
  const untrimmed = text.split('\n').find((line) => line !== line.trim());
  assert.equal(untrimmed, undefined, `untrimmed line ${shown(untrimmed ?? '')} from ${shown(html)}`);
}

/** Reads the page both ways it is read, and bounds the time taken. */
function readsHtmlSafely(html: string): string {
  const run = timed(() => ({ text: htmlToText(html), title: htmlTitle(html) }));
  if (run.threw) assert.fail(`reading HTML threw ${String(run.error)} for ${shown(html)}`);
  assert.ok(run.ms <= htmlBudgetMs(html.length), `took ${Math.round(run.ms)} ms for ${html.length} chars: ${shown(html)}`);
  const { text, title } = run.value;
  assertTidy(html, text);
  assert.ok(title === undefined || (title !== '' && Array.from(title).length <= 200), `title ${shown(title ?? '')} from ${shown(html)}`);
  return text;
}

/** Pieces that open something and may never close it: the shapes that make a tag pattern backtrack. */
const UNCLOSED = ['<a', '<a ', '<p ', '<td', '<script', '<script>', '</script', '<title', '<title>', '<h1>', '<head>', '<!', '<?', '<!--', '"', "'", '<a "', "<a '", '<a x="', '<', '>', ' ', 'x'];
const unclosedPieces = fc.array(fc.constantFrom(...UNCLOSED), { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''));

describe('fuzzing ingest', function () {
  this.timeout(60_000);

  it('HTML fragments, random Unicode and unclosed tags read into tidy text and a short title, in time', () => {
    const html = fc.oneof(htmlFragments, randomUnicode, fc.array(unclosedPieces, { maxLength: 30 }).map((pieces) => pieces.join('')));
    fc.assert(fc.property(html, (page) => void readsHtmlSafely(page)), fuzzRuns(1000));
  });

  it('a fragment repeated into a page of up to 100k characters reads in time linear in its length', () => {
    const repeated = fc
      .tuple(fc.oneof(unclosedPieces, htmlFragments.map((page) => page.slice(0, 40))), fc.integer({ min: 1_000, max: 100_000 }))
      .map(([piece, chars]) => piece.repeat(Math.ceil(chars / Math.max(1, piece.length))));
    fc.assert(fc.property(repeated, (page) => void readsHtmlSafely(page)), fuzzRuns(80));
  });

  // Before the fix, `<a<a<a…` made the tag pattern cubic (4 KB took minutes) and the others were quadratic.
  const pathologicalPages: [name: string, unit: string][] = [
    ['"<a" with no ">"', '<a'], ['"<p " with no ">"', '<p '], ['"<td" with no ">"', '<td'], ['"</a" with no ">"', '</a'],
    ['"<a href=x " with no ">"', '<a href=x '], ['"<a x=\\"" with quotes never closed', '<a x="'], ['"<!" with no ">"', '<!'],
    ['"<script>" never closed', '<script>'], ['"<script" with no ">"', '<script'], ['"<head>x" never closed', '<head>x'],
    ['"<title>" never closed', '<title>'], ['"<h1>" never closed', '<h1>'],
  ];
  for (const [name, unit] of pathologicalPages) {
    it(`reads 400k characters of ${name} in linear time`, () => {
      readsHtmlSafely(unit.repeat(Math.ceil(400_000 / unit.length)));
    });
  }

  it('keeps the text and title of well-formed markup the way it did before the linear-time patterns', () => {
    assert.equal(htmlToText('<p class="a > b">Blinken <b>wrote</b></p><p>to Ghani &amp; <a title=\'<\'>Khalilzad</a>.</p>'), 'Blinken wrote\n\nto Ghani & Khalilzad.');
    assert.equal(htmlToText('<head><title>T</title></head><script>var a = "<p>";</script><p>Text.</p><!-- <p>no</p> -->'), 'Text.');
    assert.equal(htmlToText('<SCRIPT>x</SCRIPT ><p>Kept</p><style>p{}</style>'), 'Kept');
    assert.equal(htmlTitle('<html><head><title>First</title></head><h1>Second</h1>'), 'First');
    assert.equal(htmlTitle('<title>never closed <h1>Head <em>line</em></h1>'), 'Head line');
    // an element never closed is not hidden: its text is shown, as before
    assert.equal(htmlToText('<p>Before</p><script>after'), 'Before\nafter');
  });

  it('whole HTML pages of news sentences and junk go through parseHtml and the extractor safely', () => {
    const paragraph = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SEED_SENTENCES) }, { weight: 1, arbitrary: htmlFragments });
    const page = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((paragraphs) => `<html><body>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</body></html>`);
    fc.assert(fc.property(page, (html) => {
      const source = parseHtml(html, 'fuzz.html');
      assertTidy(html, source.text);
      assertWellFormed(source.text, extract(toDocument(source), { parser: shippedParser(), onSentenceError: (error) => assert.fail(`a rule failed: ${String(error)}`) }));
    }), fuzzRuns(150));
  });

  it('any line is a document or a problem from parseJsonlRecord, never a throw', () => {
    const line = fc.oneof(randomUnicode, fc.json(), fc.jsonValue().map((value) => JSON.stringify({ text: value })));
    fc.assert(fc.property(line, (text) => {
      const read = timed(() => parseJsonlRecord(text, 'fuzz.jsonl:1'));
      if (read.threw) assert.fail(`threw ${String(read.error)} for ${shown(text)}`);
      const result = read.value;
      assert.ok('problem' in result ? typeof result.problem === 'string' && result.problem !== '' : typeof result.text === 'string', shown(text));
    }), fuzzRuns(1000));
  });

  it('a JSONL record keeps its text exactly, and is refused only for a missing, blank or mistyped field', () => {
    const optional = fc.option(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.jsonValue()), { nil: undefined });
    const record = fc.record({ text: fc.oneof(randomUnicode, fc.jsonValue()), title: optional, date: optional, id: optional }, { requiredKeys: [] });
    fc.assert(fc.property(record, (fields) => {
      const line = JSON.stringify(fields);
      const result = parseJsonlRecord(line, 'fuzz.jsonl:1');
      const { text } = fields;
      const stringOrAbsent = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';
      const valid = typeof text === 'string' && text.trim() !== '' && [fields.title, fields.date, fields.id].every(stringOrAbsent);
      if (!valid) return assert.ok('problem' in result, `accepted ${shown(line)}`);
      assert.ok(!('problem' in result), `refused ${shown(line)}: ${'problem' in result ? result.problem : ''}`);
      assert.equal(result.text, text);
    }), fuzzRuns(1000));
  });

  it('plain text of any shape gets a title of at most 200 characters, and an id that ignores layout', () => {
    // a CR is itself layout (a line end), so the text to re-lay has none of its own
    const relaid = fc.tuple(randomUnicode.map((text) => text.replace(/\r/g, '')), fc.constantFrom('\r\n', '\r', ' \n\t', '\n  '), fc.constantFrom(' \t ', '  ', '\t')).map(([text, lineEnd, space]) => ({
      text,
      relaid: `  ${text.replace(/\n/g, lineEnd).replace(/ /g, space)}\t\n`,
    }));
    fc.assert(fc.property(relaid, ({ text, relaid: other }) => {
      const { title } = parsePlainText(text, 'fuzz.txt');
      assert.ok(Array.from(title).length <= 200, `title of ${Array.from(title).length} chars for ${shown(text)}`);
      assert.equal(documentId(other), documentId(text), `layout changed the id of ${shown(text)}`);
    }), fuzzRuns(1000));
  });

  describe('a folder of files, FIFOs, links and unreadable entries', () => {
    /**
     * What each kind of entry is made as, and what reading the folder must do with it: read it,
     * report it (once, by its path), or pass over it in silence (names kg has no reader for, dotfiles,
     * links to folders).
     */
    type Outcome = 'read' | 'reported' | 'silent';
    /** `make` returns the path kg names for the entry (the file inside, for a subfolder). */
    const KINDS: Record<string, { make: (entry: string, caseFolder: string) => string; outcome: (made: string) => Outcome }> = {
      file: { make: (entry) => written(entry, SEED_SENTENCES[0] ?? 'Blinken wrote to Ghani.'), outcome: () => 'read' },
      'file in a subfolder': {
        make: (entry) => {
          fs.mkdirSync(entry);
          return written(path.join(entry, 'inner.md'), 'Ghani replied to Blinken.');
        },
        outcome: () => 'read',
      },
      // root reads it anyway
      'unreadable file': { make: (entry) => written(entry, 'Blinken wrote to Ghani.', 0o000), outcome: (made) => (readable(made) ? 'read' : 'reported') },
      fifo: { make: (entry) => fifo(entry), outcome: () => 'reported' },
      'link to a file': { make: (entry, caseFolder) => linkTo(path.join(caseFolder, 'target.txt'), entry, (target) => written(target, 'Ghani replied.')), outcome: () => 'read' },
      'link to a FIFO': { make: (entry, caseFolder) => linkTo(path.join(caseFolder, 'target.fifo'), entry, fifo), outcome: () => 'reported' },
      'link to /dev/zero': { make: (entry) => linkTo('/dev/zero', entry, () => undefined), outcome: () => 'reported' },
      'broken link': { make: (entry, caseFolder) => linkTo(path.join(caseFolder, 'nothing-here.txt'), entry, () => undefined), outcome: () => 'reported' },
      'link to a folder': { make: (entry, caseFolder) => linkTo(caseFolder, entry, () => undefined), outcome: () => 'silent' },
      'FIFO kg has no reader for': { make: (entry) => fifo(`${entry}.pipe`), outcome: () => 'silent' },
      'hidden FIFO': { make: (entry) => fifo(path.join(path.dirname(entry), `.${path.basename(entry)}`)), outcome: () => 'silent' },
    };

    function written(file: string, text: string, mode = 0o644): string {
      fs.writeFileSync(file, text, { mode });
      return file;
    }

    function fifo(file: string): string {
      execFileSync('mkfifo', [file]);
      return file;
    }

    /** Links share one target per case, made by the first link that needs it. */
    function linkTo(target: string, entry: string, makeTarget: (target: string) => unknown): string {
      if (!fs.existsSync(target)) makeTarget(target);
      fs.symlinkSync(target, entry);
      return entry;
    }

    function readable(file: string): boolean {
      try {
        fs.accessSync(file, fs.constants.R_OK);
        return true;
      } catch {
        return false;
      }
    }

    let scratch = '';
    before(() => {
      scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-fuzz-folder-'));
    });
    after(() => fs.rmSync(scratch, { recursive: true, force: true }));

    it('reads every readable file and link to one, reports every other entry kg could read by name once, and says nothing else', async () => {
      let run = 0;
      const kinds = fc.array(fc.constantFrom(...Object.keys(KINDS)), { maxLength: 8 });
      await fc.assert(fc.asyncProperty(kinds, async (entries) => {
        // targets of links sit outside the walked folder, so they are not read themselves
        const caseFolder = path.join(scratch, `case-${run++}`);
        const folder = path.join(caseFolder, 'articles');
        fs.mkdirSync(folder, { recursive: true });
        const expected: Record<Outcome, string[]> = { read: [], reported: [], silent: [] };
        entries.forEach((kind, index) => {
          const made = KINDS[kind]!.make(path.join(folder, `${index}-${kind.replace(/\W+/g, '-')}.txt`), caseFolder);
          expected[KINDS[kind]!.outcome(made)].push(made);
        });
        const errors: InputError[] = [];
        const read: string[] = [];
        for await (const document of readInputs([folder], { onError: (error) => errors.push(error) })) read.push(document.source);
        const shownCase = `entries ${JSON.stringify(entries)}`;
        assert.deepEqual([...read].sort(), [...expected.read].sort(), shownCase);
        if (expected.read.length === 0 && expected.reported.length === 0) {
          assert.deepEqual(errors.map((error) => error.input), [folder], shownCase);
        } else {
          assert.deepEqual(errors.map((error) => error.input).sort(), [...expected.reported].sort(), shownCase);
        }
        for (const error of errors) assert.ok(error.message.startsWith(`${error.input}: `), error.message);
      }), fuzzRuns(60));
    });
  });
});
