/**
 * Pronouns and descriptions (`the president`) resolved to the named people they stand for, within one
 * document: a salience model in the manner of Lappin and Leass (1994), read off the dependency parse.
 * Each person has a salience that grows with each mention (more for a subject than an object) and
 * falls to a third with each sentence back; a pronoun goes to the most salient person its gender
 * agrees with and binding allows, with a bonus for the same role (parallelism); a description goes
 * to the most salient person the document gave its role.
 */
import type { ParsedSentence } from '../nlp/parse-document.js';
import { splitTitle } from '../resolve/titles.js';
import { nameGender } from './gender.js';
import { DESCRIBED_BODIES, findMentions, type CorefMention, type Gender } from './mentions.js';

export interface CorefEntity {
  /** Its longest name. */
  name: string;
  /** A person, or an organization or group a description (`the group`) may stand for. */
  body?: true;
  gender: Gender | undefined;
  mentions: CorefMention[];
}

export interface PronounLink {
  /** The pronoun or description read. */
  pronoun: CorefMention;
  entity: CorefEntity;
  /** The entity's name the pronoun was read from: its latest before the pronoun (or, ahead of its clause's subject, that subject). */
  antecedent: CorefMention;
}

export interface Coreference {
  entities: CorefEntity[];
  links: PronounLink[];
}

/** How many sentences back a person still counts. */
const WINDOW = 3;

const ROLE_WEIGHT: Record<string, number> = { nsubj: 80, expl: 70, obj: 50, iobj: 40, obl: 40, appos: 40 };
/** A mention that heads its phrase, rather than modifying another noun, weighs more. */
const HEAD_WEIGHT = 80;
const RECENCY_WEIGHT = 100;
/** How much a mention's weight falls with each sentence back (Lappin and Leass halve it; GAP's development set prefers a third). */
const SENTENCE_DECAY = 3;
const PARALLEL_BONUS = 35;
const CATAPHORA_PENALTY = 175;
const REFLEXIVE_BONUS = 500;
/** The person a document names first is most often its subject (an article's, a page's), and salient throughout. */
const FIRST_NAMED_BONUS = 30;

export function resolveCoreference(sentences: readonly ParsedSentence[]): Coreference {
  const mentions = findMentions(sentences);
  const entities: CorefEntity[] = [];
  const links: PronounLink[] = [];
  // the people first, so that a pronoun may look ahead to its clause's subject
  for (const mention of mentions) if (mention.kind === 'name' && mention.personLike) addName(entities, mention);
  const bodies = bodiesOf(mentions);
  for (const mention of mentions) {
    if (mention.kind === 'name') continue;
    const link = mention.kind === 'pronoun' ? resolvePronoun(mention, entities) : resolveDescription(mention, DESCRIBED_BODIES.has(mention.roles![0]!) ? bodies : entities);
    if (link === undefined) continue;
    links.push(link);
    // a pronoun read as a person adds to their salience and may tell their gender; a description
    // (a role many share) only names them
    if (mention.kind === 'description') continue;
    link.entity.mentions.push(mention);
    link.entity.gender ??= mention.gender;
  }
  return { entities, links };
}

/**
 * A name joins the person named by it, or by a full name it is the first or last word of, or is a new
 * person. Of several such people, the one named most so far, then the one named first: an article
 * names its subject first and most, and a relative who shares the surname later (`Cummings` after
 * `his parents, Robert Cummings Sr. and Ruth Elma Cummings` is still Elijah Cummings).
 */
function addName(entities: CorefEntity[], mention: CorefMention): void {
  const words = mention.words!;
  const core = nameCore(words);
  const key = core.join(' ');
  const coreOf = (entity: CorefEntity): string[] => nameCore(entity.name.split(' '));
  const matching = entities.filter((entity) => {
    const full = coreOf(entity);
    const name = full.join(' ');
    return name === key || (core.length === 1 && (full[0] === key || full.at(-1) === key)) ||
      (full.length === 1 && (core[0] === name || core.at(-1) === name));
  });
  const entity = matching.find((candidate) => coreOf(candidate).join(' ') === key) ??
    matching.reduce<CorefEntity | undefined>((best, candidate) => (best === undefined || candidate.mentions.length > best.mentions.length ? candidate : best), undefined);
  if (entity === undefined) {
    entities.push({ name: words.join(' '), gender: nameGender(words), mentions: [mention] });
    return;
  }
  entity.mentions.push(mention);
  if (words.length > entity.name.split(' ').length) entity.name = words.join(' ');
  // a given name or title says more than a pronoun read as this person before it was named so
  entity.gender = nameGender(words) ?? entity.gender;
}

/** A name without the title before it (`Senator Kamala Harris` is `Kamala Harris`), as resolution splits it. */
const nameCore = (words: readonly string[]): string[] => splitTitle(words.join(' '), true).name.split(' ');

function resolvePronoun(pronoun: CorefMention, entities: readonly CorefEntity[]): PronounLink | undefined {
  const scored: Array<{ entity: CorefEntity; score: number; antecedent: CorefMention }> = [];
  for (const entity of entities) {
    if (entity.gender !== undefined && entity.gender !== pronoun.gender) continue;
    if (pronoun.quoted && speaks(entity, pronoun)) continue;
    let score = 0;
    let antecedent: CorefMention | undefined;
    for (const mention of entity.mentions) {
      const back = pronoun.sentence - mention.sentence;
      if (back < 0 || back > WINDOW || mention === pronoun) continue;
      const after = mention.start > pronoun.start;
      if (after && back > 0) continue;
      const sameSentence = mention.sentence === pronoun.sentence;
      if (sameSentence && (binds(pronoun, mention) || namesOwnPhrase(pronoun, mention))) continue;
      let weight = RECENCY_WEIGHT + (ROLE_WEIGHT[mention.role] ?? 0) + (isHeadRole(mention.role) ? HEAD_WEIGHT : 0);
      // `In his review, Robert Christgau …`: a pronoun ahead of the subject of a clause it stands in
      // is that subject; not the subject of another clause (`Starting in 1968, he …; Reagan signed`)
      if (after && !(mention.role === 'nsubj' && pronoun.ancestors.includes(mention.governor))) weight -= CATAPHORA_PENALTY;
      if (pronoun.pronounCase === 'reflexive' && sameSentence && (isClauseSubject(mention, pronoun) || mention.end + 1 === pronoun.start)) weight += REFLEXIVE_BONUS;
      score += Math.max(0, weight) / SENTENCE_DECAY ** back;
      // the name it is read from: a pronoun read before counts for salience, but is no antecedent to show
      if (!after && mention.kind === 'name' && (antecedent === undefined || mention.start > antecedent.start)) antecedent = mention;
    }
    if (antecedent !== undefined && antecedent.role === pronoun.role) score += PARALLEL_BONUS;
    if (entity === entities[0]) score += FIRST_NAMED_BONUS;
    antecedent ??= entity.mentions.find((mention) => mention.kind === 'name' && mention.sentence === pronoun.sentence && mention.start > pronoun.start);
    if (score > 0 && antecedent !== undefined) scored.push({ entity, score, antecedent });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best] = scored;
  return best === undefined ? undefined : { pronoun, entity: best.entity, antecedent: best.antecedent };
}

/**
 * A possessive pronoun is not the phrase it owns, nor a name set beside that phrase (`her aunt Mary
 * Paine`: the aunt is not she).
 */
function namesOwnPhrase(pronoun: CorefMention, mention: CorefMention): boolean {
  return pronoun.pronounCase === 'possessive' && (mention.head === pronoun.governor || mention.governor === pronoun.governor);
}

/** A reflexive's antecedent: its clause's subject (`Clark blamed himself`), or the name it follows (`Biden himself visited`). */
const isClauseSubject = (mention: CorefMention, reflexive: CorefMention): boolean => mention.role === 'nsubj' && mention.governor === reflexive.governor;

/**
 * The entity says the quotation the pronoun stands in (`McCready commented, "he gets sounds …"`): a
 * speaker calls himself `I`, so `he` in his words is someone else. Read from the speaker's name as
 * the subject of a verb of saying, in the pronoun's sentence or the one next to it.
 */
function speaks(entity: CorefEntity, pronoun: CorefMention): boolean {
  return entity.mentions.some((mention) => mention.speaker === true && !mention.quoted && Math.abs(mention.sentence - pronoun.sentence) <= 1);
}

/** Organizations and groups by their names as written, for the descriptions that stand for them (`the group`). */
function bodiesOf(mentions: readonly CorefMention[]): CorefEntity[] {
  const byName = new Map<string, CorefEntity>();
  for (const mention of mentions) {
    if (mention.kind !== 'name' || mention.organization !== true) continue;
    const name = mention.words!.join(' ');
    const body = byName.get(name) ?? { name, gender: 'neuter' as const, body: true as const, mentions: [] };
    byName.set(name, body);
    body.mentions.push(mention);
  }
  return [...byName.values()];
}

/**
 * `the president` is the most salient person the document has given that role, by a title or an
 * apposition, before it; `the group`, `the ministry` the most salient organization whose name fits
 * (`Taliban`, `Health Ministry`); no one else, whatever their salience.
 */
function resolveDescription(description: CorefMention, entities: readonly CorefEntity[]): PronounLink | undefined {
  const role = description.roles![0]!;
  const nameWord = DESCRIBED_BODIES.get(role);
  let best: { entity: CorefEntity; score: number; antecedent: CorefMention } | undefined;
  for (const entity of entities) {
    const named = entity.mentions.filter((mention) => mention.kind === 'name' && mention.start < description.start);
    const given = named.some((mention) => mention.roles?.includes(role) || (nameWord !== undefined && mention.words!.some((word) => word.toLowerCase() === nameWord)));
    if (!given) continue;
    // `the French president` is no Brazilian President Jair Bolsonaro
    const peoples = new Set(named.flatMap((mention) => mention.demonyms ?? []));
    if (description.demonyms!.length > 0 && peoples.size > 0 && !description.demonyms!.some((people) => peoples.has(people))) continue;
    let score = 0;
    for (const mention of named) {
      const back = description.sentence - mention.sentence;
      score += (RECENCY_WEIGHT + (ROLE_WEIGHT[mention.role] ?? 0)) / SENTENCE_DECAY ** back;
    }
    if (best === undefined || score > best.score) best = { entity, score, antecedent: named.at(-1)! };
  }
  return best === undefined ? undefined : { pronoun: description, entity: best.entity, antecedent: best.antecedent };
}

const isHeadRole = (role: string): boolean => role !== 'nmod' && role !== 'compound' && role !== 'flat';

/**
 * Binding: a pronoun that is the object of a verb is not its subject (`John saw him`), though a
 * reflexive is (`John saw himself`), and a possessive may be (`John saw his brother`).
 */
function binds(pronoun: CorefMention, mention: CorefMention): boolean {
  return pronoun.pronounCase === 'object' && mention.governor === pronoun.governor;
}
