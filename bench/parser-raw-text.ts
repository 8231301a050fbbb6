/**
 * `npm run bench:parser-raw`: what our own tokens cost the parser. Parses each treebank sentence
 * twice, from the gold words and from its raw text as kg reads it (compromise's sentences and
 * terms, split the treebank's way), and scores both against the gold tree. Words are aligned by
 * their character spans, as the CoNLL 2018 shared task aligned a system's tokens to the gold:
 * LAS is then an F1 over words (correct / gold words and correct / system words).
 * Usage: node dist/bench/parser-raw-text.js [--split test|dev]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tagText } from '../src/nlp/01-tag.js';
import { retag } from '../src/nlp/02-retag.js';
import { parserHints } from '../src/nlp/parser-hints.js';
import { treebankHints } from './support/treebank-hints.js';
import { treebankTokens } from '../src/nlp/treebank-tokens.js';
import { shippedParser } from '../src/pipeline/parser-model.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface GoldWord {
  form: string;
  head: number;
  label: string;
  /** Character span in the sentence's text; a word of a contraction gets its share of the token. */
  start: number;
  end: number;
}

interface GoldSentence {
  text: string;
  words: GoldWord[];
}

/** CoNLL-U with each word placed in the sentence's `# text`. */
function readGold(conllu: string): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  let text = '';
  let words: GoldWord[] = [];
  let cursor = 0;
  let token: { start: number; end: number; form: string; taken: number } | undefined;
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# text = ')) text = line.slice(9);
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (words.length > 0) sentences.push({ text, words });
      words = [];
      cursor = 0;
      continue;
    }
    const [id = '', form = '', , , , , head = '0', label = ''] = line.split('\t');
    if (id.includes('.')) continue;
    if (id.includes('-')) {
      const start = text.indexOf(form, cursor);
      token = { start, end: start + form.length, form, taken: 0 };
      cursor = token.end;
      continue;
    }
    if (token !== undefined) {
      // `don't` = `do` + `n't`: each word takes the next characters of the token when they spell it
      const piece = token.form.slice(token.taken, token.taken + form.length);
      const spelt = piece.toLowerCase() === form.toLowerCase();
      const start = spelt ? token.start + token.taken : -1;
      words.push({ form, head: Number(head), label, start, end: spelt ? start + form.length : -1 });
      token.taken += form.length;
      if (token.taken >= token.form.length) token = undefined;
      continue;
    }
    const start = text.indexOf(form, cursor);
    words.push({ form, head: Number(head), label, start, end: start < 0 ? -1 : start + form.length });
    if (start >= 0) cursor = start + form.length;
  }
  return sentences;
}

interface Score {
  gold: number;
  system: number;
  aligned: number;
  uas: number;
  las: number;
}

const spanKey = (start: number, end: number): string => `${start}:${end}`;

function scoreRaw(sentence: GoldSentence): Score {
  const parser = shippedParser();
  const system: { key: string; head: string; label: string }[] = [];
  for (const tagged of tagText(sentence.text)) {
    const tokens = retag(treebankTokens(tagged.tokens));
    const parse = parser.parse(tokens.map((t) => t.text), parserHints(tokens));
    tokens.forEach((t, i) => {
      const head = parse.heads[i]!;
      const headToken = head === 0 ? undefined : tokens[head - 1];
      system.push({ key: spanKey(t.start, t.end), head: headToken === undefined ? 'root' : spanKey(headToken.start, headToken.end), label: parse.labels[i]! });
    });
  }
  const byKey = new Map(system.map((s) => [s.key, s]));
  const score: Score = { gold: sentence.words.length, system: system.length, aligned: 0, uas: 0, las: 0 };
  for (const word of sentence.words) {
    const found = word.start < 0 ? undefined : byKey.get(spanKey(word.start, word.end));
    if (found === undefined) continue;
    score.aligned++;
    const goldHead = word.head === 0 ? undefined : sentence.words[word.head - 1];
    const head = goldHead === undefined ? 'root' : spanKey(goldHead.start, goldHead.end);
    if (found.head !== head) continue;
    score.uas++;
    if (found.label === word.label) score.las++;
  }
  return score;
}

function scoreGoldWords(sentence: GoldSentence): Score {
  const forms = sentence.words.map((w) => w.form);
  const parse = shippedParser().parse(forms, treebankHints(sentence.text, forms));
  const score: Score = { gold: sentence.words.length, system: sentence.words.length, aligned: sentence.words.length, uas: 0, las: 0 };
  sentence.words.forEach((word, i) => {
    if (parse.heads[i] !== word.head) return;
    score.uas++;
    if (parse.labels[i] === word.label) score.las++;
  });
  return score;
}

function total(scores: Score[]): Score {
  return scores.reduce((a, b) => ({ gold: a.gold + b.gold, system: a.system + b.system, aligned: a.aligned + b.aligned, uas: a.uas + b.uas, las: a.las + b.las }), { gold: 0, system: 0, aligned: 0, uas: 0, las: 0 });
}

const f1 = (correct: number, s: Score): string => ((200 * correct) / (s.gold + s.system)).toFixed(1);

function main(): void {
  const { values } = parseArgs({ options: { split: { type: 'string', default: 'test' } } });
  if (values.split !== 'test' && values.split !== 'dev') throw new Error(`bench:parser-raw: --split must be test or dev, got ${JSON.stringify(values.split)}`);
  const file = path.join(root, 'data/treebanks/ud-english-ewt', `en_ewt-ud-${values.split}.conllu`);
  const sentences = readGold(readFileSync(file, 'utf8'));
  const gold = total(sentences.map(scoreGoldWords));
  const raw = total(sentences.map(scoreRaw));
  process.stdout.write(
    [
      `UD English EWT ${values.split}: ${sentences.length} sentences, ${gold.gold} words (punctuation included)`,
      `  gold words:          UAS ${f1(gold.uas, gold)}  LAS ${f1(gold.las, gold)}`,
      `  kg's own tokens:     UAS ${f1(raw.uas, raw)}  LAS ${f1(raw.las, raw)}  (F1 over words aligned by span)`,
      `  tokens: ${raw.system} ours against ${raw.gold} gold, ${raw.aligned} with the same span (words F1 ${f1(raw.aligned, raw)})`,
      '',
    ].join('\n'),
  );
}

main();
