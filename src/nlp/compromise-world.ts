/**
 * The one place that reaches into compromise's internals (its `world`), which its typings do not
 * describe: the shipped lexicon and the verb conjugation tables.
 */
import nlp from 'compromise';

interface World {
  model: { one: { lexicon: Record<string, unknown> } };
  methods: { two: { transform: { verb: { toInfinitive: (word: string, model: unknown, tense?: string) => string } } } };
}

const world = nlp.world() as unknown as World;

/** The words compromise's lexicon holds as shipped, taken at load: kg never adds to it (01-tag applies learnt names itself). */
export const knownWords: ReadonlySet<string> = new Set(Object.keys(world.model.one.lexicon));

const PERSONAL_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/** The given names and surnames compromise's lexicon lists (`josh`, `walker`), in lower case. */
export const personalNameWords: ReadonlySet<string> = new Set(
  Object.entries(world.model.one.lexicon)
    .filter(([, tags]) => [tags].flat().some((tag) => PERSONAL_NAME_TAGS.has(tag as string)))
    .map(([word]) => word),
);

const FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'Modal', 'QuestionWord']);

/** Words compromise's lexicon lists only as function words or adverbs (`since`, `when`, `will`), in lower case. */
export const functionWords: ReadonlySet<string> = new Set(
  Object.entries(world.model.one.lexicon)
    .filter(([, tags]) => [tags].flat().every((tag) => FUNCTION_TAGS.has(tag as string)))
    .map(([word]) => word),
);

/** compromise's infinitive of an inflected verb (`wrote` → `write`); empty when its tables have none. */
export function toInfinitive(word: string, tense?: string): string {
  return world.methods.two.transform.verb.toInfinitive(word, world.model, tense);
}

const personNouns = new Map<string, boolean>();

/** Whether compromise reads a lower-case noun as one for a person (`teacher`, `rapper`; not `enterprise`). */
export function isPersonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  let known = personNouns.get(lower);
  if (known === undefined) {
    known = nlp(lower).has('#Actor');
    personNouns.set(lower, known);
  }
  return known;
}
