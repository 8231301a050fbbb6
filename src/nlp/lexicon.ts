/**
 * Learns names from the corpus itself: a word that appears capitalised in mid-sentence and never in
 * lower case is a name, wherever it stands. Applied to compromise's tags (01-tag), this stops an unseen
 * name at the start of a sentence being read as a verb (`Blinken wrote to Ghani.`).
 */
import { knownWords } from './compromise-world.js';
import { CALENDAR_WORDS } from './data/words.js';

/** What the corpus has shown so far. */
interface LexiconCounts {
  /** lower-cased word → times seen capitalised after a lower-case word or a comma. */
  capitalised: Map<string, number>;
  /** lower-cased words seen in lower case anywhere. */
  lowercase: Set<string>;
}

const MID_SENTENCE_CAPITAL = /(?<=[\p{Ll},;]\s+)\p{Lu}[\p{L}\p{M}]+(?:[-’'][\p{L}\p{M}]+)*/gu;
const LOWERCASE_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu;

function emptyCounts(): LexiconCounts {
  return { capitalised: new Map(), lowercase: new Set() };
}

function countWords(text: string, counts: LexiconCounts): LexiconCounts {
  for (const match of text.matchAll(MID_SENTENCE_CAPITAL)) {
    const word = match[0].toLowerCase();
    counts.capitalised.set(word, (counts.capitalised.get(word) ?? 0) + 1);
  }
  for (const match of text.matchAll(LOWERCASE_WORD)) counts.lowercase.add(match[0]);
  return counts;
}

/**
 * The words to teach compromise, sorted so the same corpus gives the same lexicon. Words compromise
 * already knows (`Turkey` as a country) are left out so they keep its richer tags.
 */
function lexiconFrom(counts: LexiconCounts): Map<string, string> {
  const words = [...counts.capitalised.keys()]
    .filter((word) => !counts.lowercase.has(word) && !CALENDAR_WORDS.has(word) && !knownWords.has(word))
    .sort();
  return new Map(words.map((word) => [word, 'ProperNoun']));
}

export function learnLexicon(texts: Iterable<string>): Map<string, string> {
  const learner = new LexiconLearner();
  for (const text of texts) learner.add(text);
  return learner.lexicon();
}

/** The same, one text at a time, for a corpus read as a stream: only the word counts are kept. */
export class LexiconLearner {
  readonly #counts = emptyCounts();

  add(text: string): void {
    countWords(text, this.#counts);
  }

  lexicon(): Map<string, string> {
    return lexiconFrom(this.#counts);
  }
}
