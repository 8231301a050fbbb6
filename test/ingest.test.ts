/** The ingest stage: real seeds and corpus in, content ids out, and a clear InputError for every bad input. */

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { InputError } from '../src/errors/index.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  documentId,
  htmlTitle,
  htmlToText,
  normaliseText,
  readInputs,
  type ReadInputsOptions,
  titleFromText,
  toDocument,
} from '../src/ingest/index.js';
import { readInputFile } from '../src/ingest/read-file.js';
import type { SourceDocument } from '../src/types.js';

const SEEDS = 'seeds';
const CORPUS = 'data/corpora/wikinews-2019-2020/articles.jsonl';
const FIXTURES = 'test/fixtures/ingest';
const HEX_ID = /^[0-9a-f]{16}$/;
const MB = 1024 * 1024;

interface Run {
  documents: SourceDocument[];
  errors: InputError[];
}

async function read(paths: string[], options: Omit<ReadInputsOptions, 'onError'> = {}): Promise<Run> {
  const errors: InputError[] = [];
  const documents: SourceDocument[] = [];
  for await (const document of readInputs(paths, { ...options, onError: (error) => errors.push(error) })) {
    documents.push(document);
  }
  return { documents, errors };
}

/** Asserts one InputError about `input` (and `line`), whose message names both and matches `problem`. */
function assertOneError(errors: InputError[], input: string, problem: RegExp, line?: number): void {
  assert.equal(errors.length, 1, `expected one error, got: ${errors.map((error) => error.message).join(' | ')}`);
  const [error] = errors;
  assert.ok(error instanceof InputError);
  assert.equal(error.input, input);
  assert.equal(error.line, line);
  assert.ok(error.message.startsWith(line === undefined ? `${input}: ` : `${input}:${line}: `), error.message);
  assert.match(error.message, problem);
}

let scratch = '';

/** Writes a file in this test run's temporary folder and returns its path. */
function scratchFile(name: string, content: string | Uint8Array): string {
  const file = path.join(scratch, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** Writes `megabytes` of `a` with no line break, a megabyte at a time so the test itself stays small. */
function appendLongRun(file: string, megabytes: number): void {
  const block = Buffer.alloc(MB, 'a');
  const handle = fs.openSync(file, 'a');
  try {
    for (let written = 0; written < megabytes; written++) fs.writeSync(handle, block);
  } finally {
    fs.closeSync(handle);
  }
}

before(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-'));
});

after(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('document ids', () => {
  it('are the first 16 hex digits of a hash, the same on every call', () => {
    const text = 'Turkey will host a meeting of foreign ministers.';
    assert.match(documentId(text), HEX_ID);
    assert.equal(documentId(text), documentId(text));
  });

  it('ignore spaces, tabs, CRLF line ends, trimmed lines and Unicode composition', () => {
    const id = documentId('Blinken wrote to Ghani.\nThe café replied.');
    for (const variant of [
      '  Blinken  wrote\tto Ghani.  \r\nThe café replied.\r\n',
      'Blinken wrote to Ghani.\n   The cafe\u0301 replied.',
      '\n\nBlinken wrote to Ghani.\nThe café replied.\n\n',
    ]) {
      assert.equal(documentId(variant), id, JSON.stringify(variant));
    }
  });

  it('differ for texts that differ in words or in line breaks', () => {
    const id = documentId('Blinken wrote to Ghani.');
    assert.notEqual(documentId('Blinken wrote to Abdullah.'), id);
    assert.notEqual(documentId('Blinken wrote\nto Ghani.'), id);
  });

  it('are computed on text normalised line by line', () => {
    assert.equal(normaliseText(' a \t b \r\n\r\n  c  '), 'a b\n\nc');
  });

  it('are added by toDocument, which keeps the text as read', () => {
    const source: SourceDocument = { source: 'x.txt', title: 'T', text: 'T\r\nbody  text' };
    const document = toDocument(source);
    assert.equal(document.id, documentId(source.text));
    assert.equal(document.text, source.text);
  });
});

describe('titles from text', () => {
  const cases: [string, string][] = [
    ['\n\n  Blinken writes to Ghani  \nBody.', 'Blinken writes to Ghani'],
    ['# Foreign ministers to meet\n\nBody.', 'Foreign ministers to meet'],
    ['### Closing hashes ###\n', 'Closing hashes'],
    ['#hashtag is not a heading', '#hashtag is not a heading'],
    ['Accessibility links\n\nBreaking News\n\nBlinken Sets Out Plan To Revive Talks\n\nBody.', 'Blinken Sets Out Plan To Revive Talks'],
    ['WASHINGTON — U.S. envoy Zalmay Khalilzad met the Taliban. He spoke later.\nMore.', 'WASHINGTON — U.S. envoy Zalmay Khalilzad met the Taliban.'],
  ];
  for (const [text, title] of cases) {
    it(`reads ${JSON.stringify(title)} from ${JSON.stringify(text.slice(0, 30))}`, () => {
      assert.equal(titleFromText(text), title);
    });
  }

  it('cap a long first line near 200 characters at a word boundary', () => {
    const title = titleFromText(`${'The letter proposes talks hosted by Turkey, '.repeat(20)}\nBody.`);
    assert.ok(title.length <= 200, String(title.length));
    assert.ok(title.length > 150, String(title.length));
    assert.ok(title.endsWith('…'));
    assert.ok(!title.endsWith(' …'));
  });
});

describe('reading the seeds folder', () => {
  it('reads its four text files in name order, titled by their headline or first sentence', async () => {
    const { documents, errors } = await read([SEEDS]);
    assert.deepEqual(errors, []);
    const files = fs.readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
    assert.equal(files.length, 4);
    assert.deepEqual(
      documents.map((document) => document.source),
      files.map((name) => path.join(SEEDS, name)),
    );
    for (const document of documents) assert.equal(document.text, fs.readFileSync(document.source, 'utf8'));
    assert.deepEqual(documents.map((document) => document.title), [
      'This week, a leaked letter from US Secretary of State Anthony Blinken to Afghan President Ashraf Ghani was made public by media in Afghanistan.',
      'WASHINGTON — U.S. Secretary of State Antony Blinken has set out a series of steps to reinvigorate the stalled peace process between the Afghan government and the Taliban, according to a letter from…',
      'Blinken reportedly offers a comprehensive plan to strengthen Afghan peace',
      'Blinken Reportedly Sets Out Plan To Revitalize Afghan Peace Talks',
    ]);
  });

  it('gives each seed a 16-hex id that is the same on a second read', async () => {
    const first = (await read([SEEDS])).documents.map((document) => toDocument(document).id);
    const second = (await read([SEEDS])).documents.map((document) => toDocument(document).id);
    for (const id of first) assert.match(id, HEX_ID);
    assert.equal(new Set(first).size, 4);
    assert.deepEqual(second, first);
  });

  it('gives a seed copied with CRLF line ends and doubled spaces the same id', async () => {
    const [seed] = fs.readdirSync(SEEDS).sort();
    const original = fs.readFileSync(path.join(SEEDS, seed ?? ''), 'utf8');
    const copy = scratchFile('crlf-seed.txt', original.replace(/\n/g, '  \r\n').replace(/ /g, '  '));
    const { documents } = await read([path.join(SEEDS, seed ?? ''), copy]);
    const [a, b] = documents.map((document) => toDocument(document).id);
    assert.equal(b, a);
  });
});

describe('reading the wikinews corpus', () => {
  it('reads all 293 articles with their titles, dates, ids and urls, sourced by line', async () => {
    const { documents, errors } = await read([CORPUS]);
    assert.deepEqual(errors, []);
    assert.equal(documents.length, 293);
    const lines = fs.readFileSync(CORPUS, 'utf8').split('\n').filter((line) => line.trim() !== '');
    documents.forEach((document, index) => {
      const record = JSON.parse(lines[index] ?? '') as Record<string, string>;
      assert.equal(document.source, `${CORPUS}:${index + 1}`);
      assert.equal(document.title, record['title']);
      assert.equal(document.date, record['date']);
      assert.equal(document.externalId, record['id']);
      assert.equal(document.url, record['url']);
      assert.equal(document.text, record['text']);
    });
    assert.equal(documents[0]?.externalId, 'wikinews-2019-0001');
    assert.equal(documents[0]?.date, '2019-01-04');
  });
});

describe('reading HTML', () => {
  const file = path.join(FIXTURES, 'page.html');

  it('drops script, style, noscript and comments and decodes entities', async () => {
    const { documents, errors } = await read([file]);
    assert.deepEqual(errors, []);
    const text = documents[0]?.text ?? '';
    for (const hidden of ['analytics', 'font-family', 'enable JavaScript', 'syndicated', 'injected', 'tracked', '<', '&nbsp;']) {
      assert.ok(!text.includes(hidden), `${hidden} in ${text}`);
    }
    assert.match(text, /Afghanistan’s TOLONews\./);
    assert.match(text, /Turkey & a UN-led meeting of foreign ministers/);
    assert.match(text, /India & the US…/);
    assert.match(text, /“peace talks”/);
    assert.match(text, /Kabul’s reply/);
  });

  it('keeps paragraphs, list items and line breaks as lines', async () => {
    const { documents } = await read([file]);
    const lines = (documents[0]?.text ?? '').split('\n').filter((line) => line !== '');
    assert.deepEqual(lines, [
      'Blinken sets out plan to revive “peace talks”',
      'U.S. Secretary of State Antony Blinken has set out a series of steps to reinvigorate the stalled peace process, according to a letter published by Afghanistan’s TOLONews.',
      'The letter proposes talks hosted by Turkey & a UN-led meeting of foreign ministers from Russia, China, Pakistan, Iran, India & the US…',
      'Ashraf Ghani',
      'Abdullah Abdullah',
      'Kabul’s reply came on Sunday.',
      'It was brief.',
      'Date 7 March 2021',
    ]);
  });

  it('is titled by <title>, else the first <h1>, else its first line', async () => {
    const { documents } = await read([file]);
    assert.equal(documents[0]?.title, 'Blinken sets out plan to revive Afghan peace talks — News');
    assert.equal(htmlTitle('<h1>Ghani <em>replies</em></h1><p>Text.</p>'), 'Ghani replies');
    assert.equal(htmlTitle('<title> </title><p>Text.</p>'), undefined);
    const untitled = scratchFile('untitled.html', '<div><p>Kabul replied on Sunday.</p><p>More.</p></div>');
    assert.equal((await read([untitled])).documents[0]?.title, 'Kabul replied on Sunday.');
  });

  it('does not take a quoted > inside an attribute for the end of a tag', () => {
    assert.equal(htmlToText('<a title="a > b" href="/x">Blinken</a> wrote'), 'Blinken wrote');
  });
});

describe('walking a folder', () => {
  it('reads every supported file under it, recursively and in name order', async () => {
    const folder = path.join(scratch, 'walk');
    fs.cpSync(path.join(FIXTURES, 'folder'), folder, { recursive: true });
    // Made here rather than committed, since git ignores node_modules.
    scratchFile('walk/node_modules/pkg/README.md', '# A package readme that must not be read\n');
    const { documents, errors } = await read([folder]);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      documents.map((document) => path.relative(folder, document.source)),
      ['a-letter.txt', 'world/briefing.htm', 'world/europe/summit.md', 'world/wire.jsonl:1', 'world/wire.jsonl:2'],
    );
    assert.deepEqual(
      documents.map((document) => document.title),
      [
        'Blinken writes to Ghani',
        'Taliban respond to US proposal',
        'Foreign ministers to meet in Turkey',
        'UN envoy welcomes plan',
        'Pakistan said it supported a political settlement in Afghanistan.',
      ],
    );
  });

  it('reports a folder with nothing it can read', async () => {
    const folder = path.join(scratch, 'nothing');
    scratchFile('nothing/notes.csv', 'a,b\n');
    const { documents, errors } = await read([folder]);
    assert.deepEqual(documents, []);
    assertOneError(errors, folder, /no \.txt.*files in this folder/);
  });
});

describe('reading stdin', () => {
  it('reads piped text as one document titled by its first line', async () => {
    const stdin = Readable.from(['Blinken writes to Ghani\n\nThe letter ', 'proposes talks in Turkey.\n']);
    const { documents, errors } = await read(['-'], { stdin });
    assert.deepEqual(errors, []);
    assert.deepEqual(documents, [
      { source: 'stdin', title: 'Blinken writes to Ghani', text: 'Blinken writes to Ghani\n\nThe letter proposes talks in Turkey.\n' },
    ]);
  });

  it('reads piped input that starts with { as JSONL', async () => {
    const stdin = Readable.from(['  {"title": "One", "text": "Ghani replied."}\n{"text": "Abdull', 'ah replied."}\n']);
    const { documents, errors } = await read(['-'], { stdin });
    assert.deepEqual(errors, []);
    assert.deepEqual(
      documents.map((document) => [document.source, document.title, document.text]),
      [
        ['stdin:1', 'One', 'Ghani replied.'],
        ['stdin:2', 'Abdullah replied.', 'Abdullah replied.'],
      ],
    );
  });

  it('follows stdinFormat over what the input looks like', async () => {
    const asText = await read(['-'], { stdin: Readable.from(['{"text": "x"}\n']), stdinFormat: 'txt' });
    assert.equal(asText.documents[0]?.source, 'stdin');
    const asJsonl = await read(['-'], { stdin: Readable.from(['\n{"text": "x"}\n']), stdinFormat: 'jsonl' });
    assert.equal(asJsonl.documents[0]?.source, 'stdin:2');
  });

  it('reads stdin between files in the order given', async () => {
    const stdin = Readable.from(['Piped article.\n']);
    const { documents } = await read([path.join(FIXTURES, 'folder/a-letter.txt'), '-', path.join(FIXTURES, 'page.html')], { stdin });
    assert.deepEqual(
      documents.map((document) => document.source),
      [path.join(FIXTURES, 'folder/a-letter.txt'), 'stdin', path.join(FIXTURES, 'page.html')],
    );
  });

  it('refuses empty, binary, invalid UTF-8 and oversized stdin', async () => {
    const cases: [Readable, RegExp, number?][] = [
      [Readable.from([' \n\t\n']), /empty: no text/],
      [Readable.from([Buffer.from([0x47, 0x00, 0x01, 0x02])]), /binary file, not text/],
      [Readable.from([Buffer.from('Ghani said \xff', 'latin1')]), /not valid UTF-8 at byte 11/],
      [Readable.from(['x'.repeat(600), 'y'.repeat(600)]), /too large: over 1000 bytes \(limit 1000 bytes\)/, 1000],
    ];
    for (const [stdin, problem, maxFileBytes] of cases) {
      const { documents, errors } = await read(['-', path.join(FIXTURES, 'folder/a-letter.txt')], {
        stdin,
        ...(maxFileBytes === undefined ? {} : { maxFileBytes }),
      });
      assertOneError(errors, 'stdin', problem);
      assert.equal(documents.length, 1, 'the file after stdin is still read');
    }
  });
});

describe('bad input', () => {
  const good = path.join(FIXTURES, 'folder/a-letter.txt');

  /** Reads `bad` between two good inputs and checks that both good ones still come through. */
  async function readBetweenGood(bad: string, options: Omit<ReadInputsOptions, 'onError'> = {}): Promise<InputError[]> {
    const { documents, errors } = await read([good, bad, good], options);
    assert.deepEqual(
      documents.map((document) => document.source),
      [good, good],
    );
    return errors;
  }

  it('reports a path that does not exist', async () => {
    const missing = path.join(scratch, 'no-such-article.txt');
    assertOneError(await readBetweenGood(missing), missing, /no such file or folder/);
  });

  it('reports an empty file and a file of only whitespace', async () => {
    for (const [name, content] of [
      ['empty.txt', ''],
      ['blank.md', '  \n\t\r\n  '],
      ['blank.html', '<html><body><p> </p><!-- nothing --></body></html>'],
      ['empty.jsonl', '\n\n'],
    ] as const) {
      const file = scratchFile(name, content);
      assertOneError(await readBetweenGood(file), file, /empty: no text/);
    }
  });

  it('reports a binary file, by NUL bytes or by a high share of control characters', async () => {
    const png = scratchFile('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    assertOneError(await readBetweenGood(png), png, /binary file, not text/);
    const controls = scratchFile('controls.md', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
    assertOneError(await readBetweenGood(controls), controls, /binary file, not text/);
    const jsonl = scratchFile('binary.jsonl', Buffer.concat([Buffer.from('{"text": "a"}\n'), Buffer.alloc(64)]));
    assertOneError(await readBetweenGood(jsonl), jsonl, /binary file, not text/);
  });

  it('says a UTF-16 file should be saved as UTF-8', async () => {
    const utf16 = scratchFile('notepad.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ghani replied.', 'utf16le')]));
    assertOneError(await readBetweenGood(utf16), utf16, /binary file, not text \(it looks like UTF-16: save it as UTF-8\)/);
  });

  it('reports invalid UTF-8 with the offset of the first bad byte', async () => {
    const table: [string, number[], number][] = [
      ['latin1.txt', [...Buffer.from('Caf'), 0xe9, 0x20, 0x41], 3],
      ['overlong.md', [...Buffer.from('ab'), 0xc0, 0xaf], 2],
      ['surrogate.html', [...Buffer.from('<p>x'), 0xed, 0xa0, 0x80, ...Buffer.from('</p>')], 4],
      ['cut-off.txt', [...Buffer.from('Blinken '), 0xe2, 0x80], 8],
    ];
    for (const [name, bytes, offset] of table) {
      const file = scratchFile(name, Buffer.from(bytes));
      assertOneError(await readBetweenGood(file), file, new RegExp(`not valid UTF-8 at byte ${offset}$`));
    }
  });

  it('reports an unsupported file type given by name', async () => {
    const pdf = scratchFile('report.pdf', '%PDF-1.7');
    assertOneError(await readBetweenGood(pdf), pdf, /unsupported file type \(kg reads \.txt, \.md, \.html, \.htm or \.jsonl\)/);
  });

  it('reports each broken JSONL line by number and reads the lines around it', async () => {
    const file = scratchFile(
      'broken.jsonl',
      Buffer.concat([
        Buffer.from(
          [
            '{"id": "a", "text": "Blinken wrote to Ghani."}',
            '{"text": "unterminated',
            '{"title": "No text"}',
            '{"text": 42}',
            '["text", "an array"]',
            '{"text": "   "}',
            '{"text": "Ghani replied.", "date": 20210307}',
            '',
            '{"text": "Abdullah replied.", "title": null}\r',
            '{"text": "Bad byte: ',
          ].join('\n'),
        ),
        Buffer.from([0xff]),
        Buffer.from('"}\n{"text": "Turkey offered to host talks."}\n'),
      ]),
    );
    const { documents, errors } = await read([file]);
    assert.deepEqual(
      documents.map((document) => [document.source, document.text]),
      [
        [`${file}:1`, 'Blinken wrote to Ghani.'],
        [`${file}:9`, 'Abdullah replied.'],
        [`${file}:11`, 'Turkey offered to host talks.'],
      ],
    );
    const expected: [number, RegExp][] = [
      [2, /not valid JSON/],
      [3, /missing "text"/],
      [4, /"text" must be a string, got a number/],
      [5, /expected a JSON object, got an array/],
      [6, /"text" is empty/],
      [7, /"date" must be a string, got a number/],
      [10, /not valid UTF-8 at byte 20 of the line/],
    ];
    assert.equal(errors.length, expected.length, errors.map((error) => error.message).join(' | '));
    expected.forEach(([line, problem], index) => assertOneError(errors.slice(index, index + 1), file, problem, line));
  });

  it('refuses a text file over the size limit before reading it', async () => {
    const file = scratchFile('huge.txt', '');
    appendLongRun(file, 50);
    const rssBefore = process.memoryUsage().rss;
    assertOneError(await readBetweenGood(file), file, /too large: 50 MB \(limit 20 MB\); split it or convert it to JSONL/);
    assert.ok(process.memoryUsage().rss - rssBefore < 200 * MB);
    fs.rmSync(file);
  });

  it('takes its size limit from maxFileBytes', async () => {
    const file = scratchFile('small-limit.md', `# Title\n${'word '.repeat(400)}`);
    assertOneError(await readBetweenGood(file, { maxFileBytes: 1024 }), file, /too large: 2 KB \(limit 1 KB\)/);
    assert.equal(DEFAULT_MAX_FILE_BYTES, 20 * MB);
  });

  it('drops a 50 MB JSONL line without holding it, and reads the lines after it', async () => {
    const file = scratchFile('long-line.jsonl', '{"text": "Blinken wrote to Ghani."}\n{"text": "');
    appendLongRun(file, 50);
    fs.appendFileSync(file, '"}\n{"text": "Ghani replied."}\n');
    const rssBefore = process.memoryUsage().rss;
    const { documents, errors } = await read([file]);
    const growth = process.memoryUsage().rss - rssBefore;
    fs.rmSync(file);
    assert.deepEqual(
      documents.map((document) => document.source),
      [`${file}:1`, `${file}:3`],
    );
    assertOneError(errors, file, /line is longer than the limit \(20 MB\)/, 2);
    assert.ok(growth < 200 * MB, `rss grew ${Math.round(growth / MB)} MB`);
  });

  it('drops an over-long JSONL file with no line breaks at all', async () => {
    const file = scratchFile('one-line.jsonl', '{"text": "');
    appendLongRun(file, 3);
    assertOneError(await readBetweenGood(file, { maxFileBytes: MB }), file, /line is longer than the limit \(1 MB\)/, 1);
  });
});

describe('FIFOs, devices and sockets', () => {
  const good = path.join(FIXTURES, 'folder/a-letter.txt');
  const NOT_A_FILE = /, not a file; kg reads regular files, folders and - \(stdin\)$/;
  let socket: net.Server | undefined;
  afterEach(() => socket?.close());

  function fifo(name: string): string {
    const file = path.join(scratch, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    execFileSync('mkfifo', [file]);
    return file;
  }

  async function listeningSocket(name: string): Promise<string> {
    const file = path.join(scratch, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    socket = net.createServer();
    await new Promise<void>((resolve) => socket?.listen(file, resolve));
    return file;
  }

  it('refuses a FIFO given by name at once, without waiting for a writer, and reads the rest', async () => {
    const pipe = fifo('named-pipe.txt');
    const { documents, errors } = await read([good, pipe, good]);
    assert.deepEqual(documents.map((document) => document.source), [good, good]);
    assertOneError(errors, pipe, new RegExp(`: a named pipe \\(FIFO\\)${NOT_A_FILE.source}`));
  });

  it('refuses /dev/null, /dev/zero and a unix socket given by name', async () => {
    const unix = await listeningSocket('listening.sock');
    const table: [input: string, kind: string][] = [['/dev/null', 'a character device'], ['/dev/zero', 'a character device'], [unix, 'a socket']];
    for (const [input, kind] of table) {
      const { documents, errors } = await read([good, input]);
      assert.deepEqual(documents.map((document) => document.source), [good]);
      assertOneError(errors, input, new RegExp(`: ${kind}${NOT_A_FILE.source}`));
    }
  });

  it('a file replaced by a FIFO or a socket after it was looked at: opened without blocking and refused', async () => {
    // readInputFile is what runs once a path was seen to be a file; called directly, it meets the replacement
    const pipe = fifo('replaced-by-a-pipe.txt');
    const unix = await listeningSocket('replaced-by-a-socket.jsonl');
    const errors: InputError[] = [];
    for (const file of [pipe, unix]) {
      for await (const document of readInputFile(file, { maxFileBytes: MB, onError: (error) => errors.push(error) })) assert.fail(`read ${document.source}`);
    }
    assert.deepEqual(errors.map((error) => error.message), [
      `${pipe}: a named pipe (FIFO), not a file; kg reads regular files, folders and - (stdin)`,
      `${unix}: not a file (a socket, or a device with nothing behind it)`,
    ]);
  });

  it('walking a folder: reads its files and links to files, and gives one line for each FIFO, socket, link to a device or broken link', async () => {
    const folder = path.join(scratch, 'mixed');
    scratchFile('mixed/a.txt', 'Blinken wrote to Ghani.\n');
    scratchFile('mixed/sub/c.md', 'Ghani replied to Blinken.\n');
    const pipe = fifo('mixed/b-pipe.txt');
    const unix = await listeningSocket('mixed/d.jsonl');
    fs.symlinkSync('/dev/zero', path.join(folder, 'e-zero.md'));
    fs.symlinkSync(path.join(folder, 'no-such-file.txt'), path.join(folder, 'f-broken.txt'));
    fs.symlinkSync(path.join(folder, 'a.txt'), path.join(folder, 'g-link.txt'));
    // not a name kg reads: left alone, like any other file of the folder kg has no reader for
    fifo('mixed/h-pipe');
    const { documents, errors } = await read([folder]);
    assert.deepEqual(documents.map((document) => path.relative(folder, document.source)), ['a.txt', 'g-link.txt', 'sub/c.md']);
    assert.deepEqual(errors.map((error) => error.message), [
      `${pipe}: a named pipe (FIFO), not a file; kg reads regular files, folders and - (stdin)`,
      `${unix}: a socket, not a file; kg reads regular files, folders and - (stdin)`,
      `${path.join(folder, 'e-zero.md')}: a link to a character device, not a file; kg reads regular files, folders and - (stdin)`,
      `${path.join(folder, 'f-broken.txt')}: no such file or folder`,
    ]);
  });

  it('a folder whose only entry is refused says so once, not also that it has nothing to read', async () => {
    const folder = path.join(scratch, 'only-a-pipe');
    const pipe = fifo('only-a-pipe/wire.jsonl');
    const { documents, errors } = await read([folder]);
    assert.deepEqual(documents, []);
    assertOneError(errors, pipe, NOT_A_FILE);
  });
});
