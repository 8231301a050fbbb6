/**
 * Property-based fuzzing of the extractor: random and adversarial text never makes it throw or
 * hang, and whatever it returns keeps the contract's invariants. Seeds are fixed, so a failure
 * reproduces; fast-check prints the shrunk input and the seed and path to replay it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe as describeError } from '../../src/errors/index.js';
import { toDocument } from '../../src/ingest/index.js';
import { extract, type ExtractOptions } from '../../src/nlp/extract.js';
import { learnLexicon } from '../../src/nlp/lexicon.js';
import { assertWellFormed } from '../support/fuzz-extracted.js';
import {
  controlCharacters, htmlFragments, longTokens, marksAndEmoji, newsyText, onlyPunctuation, randomUnicode, rightToLeft, SEED_SENTENCES,
} from '../support/fuzz-text.js';
import { fuzzRuns, shown, timed } from '../support/fuzz-run.js';
import { shippedParser } from '../../src/pipeline/parser-model.js';


/** compromise reads about 15k words a second here; this leaves five times the slowest text seen, and room for a busy machine. */
function extractBudgetMs(chars: number): number {
  return 500 + 0.2 * chars;
}

interface Run {
  /** Pass `onSentenceError` (errors are then collected, never thrown), or leave the default of throwing. */
  hook: boolean;
  /** Teach the tagger the names the text itself shows, as the pipeline does. */
  learn: boolean;
}

/** Extracts `text` and checks every promise: no throw, no sentence error, in time, well formed. Returns how many triples it read. */
function extractsSafely(text: string, { hook, learn }: Run): number {
  const doc = toDocument({ source: 'fuzz', title: 'fuzz', text });
  const sentenceErrors: string[] = [];
  const options: ExtractOptions = {
    parser: shippedParser(),
    ...(learn ? { lexicon: learnLexicon([text]) } : {}),
    ...(hook ? { onSentenceError: (error: unknown, at: { index: number }) => sentenceErrors.push(`sentence ${at.index}: ${describeError(error)}`) } : {}),
  };
  const run = timed(() => extract(doc, options));
  if (run.threw) assert.fail(`extract threw ${run.error instanceof Error ? run.error.stack : String(run.error)}\nfor ${shown(text)}`);
  // the hook is for rules that fail (a bug); no text, however odd, may make one fail
  assert.deepEqual(sentenceErrors, [], `a rule failed for ${shown(text)}`);
  assert.ok(run.ms <= extractBudgetMs(text.length), `took ${Math.round(run.ms)} ms for ${text.length} chars: ${shown(text)}`);
  assertWellFormed(text, run.value);
  return run.value.triples.length;
}

const run: fc.Arbitrary<Run> = fc.record({ hook: fc.boolean(), learn: fc.boolean() });

describe('fuzzing the extractor', function () {
  this.timeout(60_000);

  // compromise builds its lexicon and the JIT warms up on the first document; that is not the text's cost
  before(() => extract(toDocument({ source: 'warm-up', title: 'warm-up', text: SEED_SENTENCES.slice(0, 10).join(' ') }), { parser: shippedParser() }));

  const classes: [name: string, texts: fc.Arbitrary<string>, numRuns: number][] = [
    ['random Unicode (graphemes, any code point, lone surrogates)', randomUnicode, 1000],
    ['only punctuation and whitespace', onlyPunctuation, 400],
    ['HTML tags, entities and scripts left in the text', htmlFragments, 400],
    ['right-to-left words mixed with Latin names and bidi controls', rightToLeft, 400],
    ['NUL and other control and format characters between words', controlCharacters, 400],
    ['combining marks piled on names, emoji ZWJ sequences and their halves', marksAndEmoji, 400],
    ['very long tokens: words, numbers, URLs and punctuation runs of thousands of characters', longTokens, 100],
  ];
  for (const [name, texts, numRuns] of classes) {
    it(`${name}: never throws, fails no rule, stays inside the text, finishes in time`, () => {
      fc.assert(fc.property(texts, run, (text, how) => void extractsSafely(text, how)), fuzzRuns(numRuns));
    });
  }

  it('real news sentences with adversarial pieces spliced in: the same promises, while the rules do fire', () => {
    let triples = 0;
    const settings = fuzzRuns(600);
    fc.assert(fc.property(newsyText, run, (text, how) => void (triples += extractsSafely(text, how))), settings);
    assert.ok(triples > settings.numRuns, `only ${triples} triples in ${settings.numRuns} cases: the splicing keeps the rules from firing`);
  });

  it('texts of up to about 20k characters (many spliced paragraphs) finish within a time linear in their length', () => {
    const longText = fc.array(newsyText, { minLength: 20, maxLength: 60 }).map((paragraphs) => paragraphs.join('\n'));
    fc.assert(fc.property(longText, run, (text, how) => void extractsSafely(text, how)), fuzzRuns(12));
  });

  it('is deterministic on spliced text: the same document twice gives the same output', () => {
    fc.assert(fc.property(newsyText, (text) => {
      const doc = toDocument({ source: 'fuzz', title: 'fuzz', text });
      assert.deepEqual(extract(doc, { parser: shippedParser() }), extract(doc, { parser: shippedParser() }), `two readings differ for ${shown(text)}`);
    }), fuzzRuns(60));
  });

  // Fixed pathological inputs, each about 10k characters: kept as plain cases so they run whatever the seed.
  const pathological: [name: string, text: string][] = [
    ['one 10k-letter word', 'a'.repeat(10_000)],
    ['10k full stops', '.'.repeat(10_000)],
    ['5k ". "', '. '.repeat(5_000)],
    ['10k line breaks', '\n'.repeat(10_000)],
    ['10k NUL characters', '\u0000'.repeat(10_000)],
    ['10k lone high surrogates', '\ud800'.repeat(10_000)],
    ['10k opening brackets', '('.repeat(10_000)],
    ['a 10k-character URL', `https://example.com/${'abc/'.repeat(2_500)}`],
    ['"\'s " 3300 times', "'s ".repeat(3_300)],
    ['"didn\'t " 1400 times', "didn't ".repeat(1_400)],
    ['one sentence of 400 nested relative clauses', `${'Blinken, who met Ghani, '.repeat(400)}wrote.`],
    ['one sentence of 550 reported-speech frames', `${'Blinken said that '.repeat(550)}Ghani wrote.`],
    ['800 coordinated subjects', `${'Blinken and '.repeat(800)}Ghani met.`],
    ['a sentence 400 times under a right-to-left override', '\u202eBlinken wrote to Ghani.\u202c '.repeat(400)],
    ['a sentence 400 times ended by CR alone', 'Blinken wrote to Ghani.\r'.repeat(400)],
    ['a sentence 400 times ended by LINE SEPARATOR', 'Blinken wrote to Ghani.\u2028'.repeat(400)],
  ];
  for (const [name, text] of pathological) {
    it(`pathological input, ${name}: no throw, well formed, in time`, () => {
      extractsSafely(text, { hook: false, learn: true });
    });
  }
});
