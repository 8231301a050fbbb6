/** Which documents tell one story: written in the same period, about the same things. */
import type { ReadRecord } from './groups.js';

/** Two documents further apart than this are of different periods. */
const PERIOD_DAYS = 366;
/** How many of its most telling words stand for what a document is about. */
const TOPIC_WORDS = 40;
/** How many of those two documents must share to be about the same things. */
const SHARED_TOPIC_WORDS = 2;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Words too common in names and phrases to say what a document is about. */
const NOT_TOPICS = new Set(['the', 'and', 'for', 'new', 'one', 'two', 'first', 'last', 'year', 'years', 'day', 'days', 'time', 'people']);

export class NearbyDocuments {
  private readonly topics = new Map<string, Set<string>>();
  private readonly days = new Map<string, number>();

  /**
   * Topic words are the words of the names and noun phrases a document's triples mention, ranked
   * by tf–idf over the corpus; a word no other document has cannot be shared, so it is skipped.
   */
  constructor(records: readonly ReadRecord[], dates: ReadonlyMap<string, string | undefined>) {
    const counts = new Map<string, Map<string, number>>(); // document → word → occurrences
    for (const record of records) {
      const words = counts.get(record.doc) ?? new Map<string, number>();
      counts.set(record.doc, words);
      for (const word of record.slug.split('-')) {
        if (word.length >= 3 && !/^\d+$/.test(word) && !NOT_TOPICS.has(word)) words.set(word, (words.get(word) ?? 0) + 1);
      }
    }
    const documentsWith = new Map<string, number>();
    for (const words of counts.values()) for (const word of words.keys()) documentsWith.set(word, (documentsWith.get(word) ?? 0) + 1);
    for (const [doc, words] of counts) {
      const ranked = [...words]
        .filter(([word]) => documentsWith.get(word)! >= 2)
        .map(([word, n]) => ({ word, score: n * Math.log(counts.size / documentsWith.get(word)!) }))
        .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1));
      this.topics.set(doc, new Set(ranked.slice(0, TOPIC_WORDS).map(({ word }) => word)));
    }
    for (const [doc, date] of dates) {
      const time = date === undefined ? NaN : Date.parse(date);
      if (!Number.isNaN(time)) this.days.set(doc, time / DAY_MS);
    }
  }

  /** The same period (when both have a date) and at least {@link SHARED_TOPIC_WORDS} topic words in common. */
  near(a: string, b: string): boolean {
    const [dayA, dayB] = [this.days.get(a), this.days.get(b)];
    if (dayA !== undefined && dayB !== undefined && Math.abs(dayA - dayB) > PERIOD_DAYS) return false;
    const [topicsA, topicsB] = [this.topics.get(a), this.topics.get(b)];
    if (topicsA === undefined || topicsB === undefined) return false;
    let shared = 0;
    for (const word of topicsA) if (topicsB.has(word) && ++shared >= SHARED_TOPIC_WORDS) return true;
    return false;
  }
}
