/** Text for fuzzing the extractor and ingest: random Unicode, adversarial classes of input, and real news sentences with junk spliced in. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/** Any UTF-16 code unit, lone surrogates included: what a JS string can hold but valid UTF-8 cannot. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

export const randomUnicode = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
);

const PUNCTUATION = [...'.,;:!?-—–"\'()[]{}…‘’“”«»/\\@#$%&*+=<>|~`^_·•¶§†'];
export const onlyPunctuation = fc.string({ unit: fc.constantFrom(...PUNCTUATION, ' ', '\n', '\t'), maxLength: 400 });

const LATIN_WORDS = ['Blinken', 'wrote', 'to', 'Ghani', 'the', 'Taliban', 'said', 'that', 'United States', 'met', 'in', 'Kabul', 'and', 'did', "n't"];
const RTL_WORDS = ['وزير', 'الخارجية', 'الأمريكي', 'طالبان', 'کابل', 'افغانستان', 'שלום', 'ירושלים', 'ממשלה', '١٢٣', '۴۵'];
/** Right-to-left and left-to-right marks, embeddings, overrides and isolates. */
const BIDI_CONTROLS = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];
export const rightToLeft = fc
  .array(fc.oneof(fc.constantFrom(...RTL_WORDS), fc.constantFrom(...LATIN_WORDS), fc.constantFrom(...BIDI_CONTROLS), fc.constantFrom('.', '،', '؟', ',')), { maxLength: 60 })
  .map((words) => words.join(' '));

const CONTROL = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const FORMAT_CHARS = ['\u0000', '\u007f', '\u0085', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe', '\uffff'];
export const controlCharacters = fc
  .array(fc.oneof(fc.constantFrom(...LATIN_WORDS), CONTROL, fc.constantFrom(...FORMAT_CHARS)), { maxLength: 80 })
  .map((pieces) => pieces.join(''));

const COMBINING = ['\u0301', '\u0308', '\u0327', '\u0336', '\u20dd', '\u0489', '\u1ab0'];
const EMOJI = ['👩‍👩‍👧', '👨🏽‍⚕️', '🏳️‍🌈', '🇦🇫', '🇺🇸', '1️⃣', '🤷‍♂️', '🧑‍🤝‍🧑'];
/** Zalgo names, emoji sequences and their halves (a ZWJ or a surrogate cut off). */
export const marksAndEmoji = fc
  .array(fc.oneof(
    fc.tuple(fc.constantFrom(...LATIN_WORDS), fc.array(fc.constantFrom(...COMBINING), { maxLength: 12 })).map(([word, marks]) => word + marks.join('')),
    fc.constantFrom(...EMOJI),
    fc.constantFrom(...EMOJI).map((emoji) => emoji.slice(0, -1)),
    fc.constantFrom(...COMBINING),
  ), { maxLength: 40 })
  .map((pieces) => pieces.join(' '));

const HTML_PIECES = [
  '<p>', '</p>', '<br/>', '<div class="lead">', '</div>', '<a href="https://example.com/?a=1&b=2">', '</a>', '<b>', '</b>',
  '<script>alert("x")</script>', '<script>', '</script>', '<style>p{color:red}</style>', '<!-- comment -->', '<!--', '-->',
  '<!DOCTYPE html>', '<![CDATA[x]]>', '&amp;', '&lt;', '&gt;', '&nbsp;', '&#8212;', '&#x2019;', '&bogus;', '&', '<', '>',
  '<img src=x onerror=alert(1)>', '<title>T</title>', '<td>', '<tr>', '<p class="a > b">', "<a title='<'>", '<a', '"', "'",
];
export const htmlFragments = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...HTML_PIECES) }, { weight: 1, arbitrary: fc.constantFrom(...LATIN_WORDS) }), { maxLength: 60 })
  .map((pieces) => pieces.join(' '));

/** Tokens of thousands of characters: words, numbers, URLs and runs of one punctuation mark. */
export const longTokens = fc
  .array(fc.oneof(
    fc.tuple(fc.constantFrom('a', 'A', 'x', '1', '9,', '.', '-', "'", '(', 'é', 'ل', '😀', '\u0000'), fc.integer({ min: 100, max: 2500 })).map(([unit, n]) => unit.repeat(n)),
    fc.integer({ min: 50, max: 500 }).map((n) => `https://example.com/${'path/'.repeat(n)}?q=${'x'.repeat(n)}`),
    fc.constantFrom(...LATIN_WORDS),
  ), { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(' '));

/** The seed articles' sentences: real news text, so the extraction rules fire. */
export const SEED_SENTENCES: readonly string[] = readdirSync('seeds')
  .sort()
  .flatMap((file) => readFileSync(path.join('seeds', file), 'utf8').split(/(?<=[.!?])\s+|\n+/))
  .filter((sentence) => sentence.length > 20);

const adversarialPiece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: codeUnit, maxLength: 4 }),
  fc.constantFrom(...PUNCTUATION, ...BIDI_CONTROLS, ...FORMAT_CHARS, ...COMBINING, ...EMOJI, ...HTML_PIECES, ...RTL_WORDS),
  fc.constantFrom('\ud800', '\udc00', '\n', '\r\n', '\r', '\t', 'U.S.', "'s", "didn't", 'Inc.', '...', ' - ', 'a'.repeat(3000), '7'.repeat(400)),
);

interface Splice {
  at: number;
  how: 'between' | 'before' | 'after' | 'instead';
  piece: string;
}
const splice: fc.Arbitrary<Splice> = fc.record({ at: fc.nat(), how: fc.constantFrom('between', 'before', 'after', 'instead'), piece: adversarialPiece });

function spliced(text: string, splices: readonly Splice[]): string {
  const words = text.split(' ');
  for (const { at, how, piece } of splices) {
    const i = at % words.length;
    if (how === 'between') words.splice(i, 0, piece);
    else if (how === 'before') words[i] = piece + words[i]!;
    else if (how === 'after') words[i] += piece;
    else words[i] = piece;
  }
  return words.join(' ');
}

/** One to five seed sentences, as one paragraph or several, with up to six adversarial pieces put between, on or instead of words. */
export const newsyText = fc
  .tuple(
    fc.array(fc.constantFrom(...SEED_SENTENCES), { minLength: 1, maxLength: 5 }),
    fc.constantFrom(' ', '\n', '\n\n'),
    fc.array(splice, { maxLength: 6 }),
  )
  .map(([sentences, separator, splices]) => spliced(sentences.join(separator), splices));
