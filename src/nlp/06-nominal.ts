/** Reads relations that noun phrases state without a verb: appositions, titles, possessives and message nouns. */
import type { NounPhrase } from './03-phrases.js';
import { appositionAt, isNamed, ofChainEnd } from './arguments.js';
import type { Sentence } from './sentence.js';
import type { Relation, TripleBuilder } from './triple.js';
import { HONORIFICS, LOCATING_PREPOSITIONS, MESSAGE_NOUNS, MESSAGE_VERBS_PAST } from './data/words.js';

/** `Zalmay Khalilzad, the U.S. special envoy,` and `U.S. Secretary of State Antony Blinken` give `is` triples. */
export function readNominal(sentence: Sentence, triples: TripleBuilder): void {
  for (let q = 0; q < sentence.phrases.length; q++) {
    const phrase = sentence.phrases[q];
    if (phrase?.kind === 'np') {
      readMessageNoun(sentence, triples, q);
      readTitle(sentence, triples, phrase);
      readPossessive(sentence, triples, q);
      readLocation(sentence, triples, q);
      continue;
    }
    const apposition = appositionAt(sentence, q);
    if (apposition === undefined) continue;
    const { left, right } = apposition;
    if (left.type === 'place' && right.type === 'place') {
      // `Davidson Township , Sullivan County`: a place followed by the place it lies in
      emitLocated(triples, sentence.phrases[apposition.leftStart] as NounPhrase, sentence.phrases[apposition.rightStart] as NounPhrase, 'is in', 0.45);
      continue;
    }
    if (isNamed(left) && !isNamed(right) && !right.pronoun) {
      triples.emitIs(left, sentence.tokensOf(apposition.rightStart, apposition.rightEnd), 'apposition', 0.8, false);
    } else if (!isNamed(left) && !left.pronoun && isNamed(right) && (sentence.phrases[apposition.leftStart] as NounPhrase).tokens[0]?.pos === 'DET') {
      triples.emitIs(right, sentence.tokensOf(apposition.leftStart, apposition.leftEnd), 'apposition', 0.75, false);
    }
  }
}

/**
 * `Ogilvy & Mather unit in New York`: a noun phrase followed by `in`, `at` or `on` and a named place
 * or organization says where the thing is. Ranked low: the phrase may belong to the verb instead.
 */
function readLocation(sentence: Sentence, triples: TripleBuilder, q: number): void {
  const preposition = sentence.wordAt(q + 1);
  const where = sentence.phrases[q + 2];
  if (preposition === undefined || !LOCATING_PREPOSITIONS.has(preposition.lower) || where?.kind !== 'np') return;
  const thing = sentence.phrases[q] as NounPhrase;
  const place = sentence.mention(where, where.tokens);
  if ((place.type !== 'place' && place.type !== 'organization') || sentence.mention(thing, thing.tokens).pronoun) return;
  emitLocated(triples, thing, where, `is ${preposition.lower}`, 0.22);
}

function emitLocated(triples: TripleBuilder, thing: NounPhrase, where: NounPhrase, relation: string, confidence: number): void {
  const none: Relation = { groups: [], tokens: [] };
  const lemma = relation.replace(/^is/, 'be');
  triples.emit({ conjuncts: [thing], tokens: thing.tokens }, none, { conjuncts: [where], tokens: where.tokens }, 'preposition', confidence, { nominal: { text: relation, lemma } });
}

/** `Pittsburgh 's mayor` says Pittsburgh has a mayor. */
function readPossessive(sentence: Sentence, triples: TripleBuilder, q: number): void {
  const tokens = (sentence.phrases[q] as NounPhrase).tokens;
  const mark = tokens.findIndex((t) => t.pos === 'POSS' || t.possessive);
  const ownerTokens = tokens.slice(0, tokens[mark]?.pos === 'POSS' ? mark : mark + 1);
  const owned = tokens.slice(mark + 1);
  if (mark < 0 || ownerTokens.length === 0 || owned.length === 0 || !owned.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return;
  const owner = sentence.mention({ kind: 'np', tokens: ownerTokens }, ownerTokens);
  if (owner.pronoun) return;
  const end = ofChainEnd(sentence, q);
  const ownedTokens = [...owned, ...sentence.tokensOf(q + 1, end)];
  const relation: Relation = { groups: [], tokens: [] };
  triples.emit(
    { conjuncts: [{ kind: 'np', tokens: ownerTokens }], tokens: ownerTokens },
    relation,
    { conjuncts: [{ kind: 'np', tokens: owned }], tokens: ownedTokens },
    'possessive',
    // annotators rarely spell possessives out: a likely reading, but kept below the verbs
    0.2,
    { nominal: { text: 'has', lemma: 'have' } },
  );
}

/** Titles before names, the one nominal relation read inside a single noun phrase rather than off the tree. */
export function readTitles(sentence: Sentence, triples: TripleBuilder): void {
  for (const phrase of sentence.phrases) if (phrase.kind === 'np') readTitle(sentence, triples, phrase);
}

/** `Secretary of State Antony Blinken` says Blinken is Secretary of State; an honorific alone (`Mr.`) says nothing. */
function readTitle(sentence: Sentence, triples: TripleBuilder, phrase: NounPhrase): void {
  const mention = sentence.mention(phrase, phrase.tokens);
  if (mention.title === undefined || mention.type !== 'person') return;
  const titleTokens = phrase.tokens.filter((t) => t.start < mention.nameSpan.start && t.pos !== 'DET');
  if (titleTokens.every((t) => HONORIFICS.has(t.lower))) return;
  triples.emitIs(mention, titleTokens, 'apposition', 0.55, true);
}

/** `a letter from Blinken to Ghani`: a message noun with a sender and a recipient implies its verb. */
function readMessageNoun(sentence: Sentence, triples: TripleBuilder, q: number): void {
  const noun = (sentence.phrases[q] as NounPhrase).tokens.at(-1)!;
  const lemma = MESSAGE_NOUNS[noun.lower];
  if (lemma === undefined || sentence.wordAt(q + 1)?.lower !== 'from' || sentence.wordAt(q + 3)?.lower !== 'to') return;
  const sender = sentence.phrases[q + 2];
  const recipient = sentence.phrases[q + 4];
  if (sender?.kind !== 'np' || recipient?.kind !== 'np') return;
  const relation: Relation = { groups: [], tokens: [noun] };
  const [verb = '', ...rest] = lemma.split(' ');
  const read = [MESSAGE_VERBS_PAST[verb] ?? verb, ...rest].join(' ');
  triples.emit(
    { conjuncts: [sender], tokens: sender.tokens },
    relation,
    { conjuncts: [recipient], tokens: recipient.tokens },
    'preposition',
    0.6,
    { nominal: { text: read, lemma } },
  );
}
