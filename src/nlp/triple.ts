/** Builds triples: the flags, relation text, lemma, span and confidence of a subject–relation–object reading. */
import type { Construction, Mention, Triple, TripleFlags } from '../types.js';
import type { Token } from './token.js';
import { isHaveMain, type VerbGroup } from './03-phrases.js';
import type { Argument } from './arguments.js';
import { isHedged, isNegated, modalityOf, tenseOf } from './flags.js';
import { splitJoinedNames } from './joined-names.js';
import { verbLemma } from './lemma.js';
import type { Sentence } from './sentence.js';

/** A relation read off one or more verb groups (`intends to ask`), with its preposition. */
export interface Relation {
  groups: VerbGroup[];
  tokens: Token[];
  preposition?: Token | undefined;
}

export interface EmitOptions {
  /** A passive read from its agent: `X was killed by Y` gives Y → `was killed by` → X, lemma `kill`. */
  active?: boolean;
  complement?: Token[] | undefined;
  /** The object is a reported clause, not a noun phrase. */
  clausal?: boolean;
  /** A relation implied by a noun, not read off a verb (`a letter from X to Y`, `X 's mayor`). */
  nominal?: { text: string; lemma: string };
  /** The object is the sentence's setting itself, so it is not repeated as one. */
  settingAsObject?: boolean;
}

/** Collects one sentence's triples; `attribution` is who its statements come from, once known. */
export class TripleBuilder {
  readonly triples: Triple[] = [];
  /** The sentence's opening time or place phrase, given to the verb readings (`On 12 July 2006 , ...`). */
  setting: string | undefined;
  attribution: string | undefined;
  /** The clause being read sits under `whether` or `if`: it states a possibility, not a fact. */
  conditional = false;
  private readonly hedged: boolean;

  constructor(private readonly sentence: Sentence) {
    this.hedged = isHedged(sentence.tokens);
  }

  emit(subject: Argument, relation: Relation, object: Argument, construction: Construction, confidence: number, options: EmitOptions): void {
    const verbTokens = relation.tokens;
    const modality = modalityOf(verbTokens);
    const flags: TripleFlags = {
      negated: isNegated(verbTokens, object.tokens),
      hedged: this.hedged || this.conditional,
      tense: tenseOf(verbTokens, modality),
      ...(modality === undefined ? {} : { modality }),
    };
    // the speaker's own `said` is not attributed to the speaker
    if (this.attribution !== undefined && !options.clausal) flags.attributedTo = this.attribution;
    const relationText = joinWords([...verbTokens, ...(!options.active && relation.preposition ? [relation.preposition] : [])]);
    const readAs = options.nominal?.text ?? (options.active ? `${relationText} by` : relationText);
    const lemma = options.nominal?.lemma ?? lemmaOf(relation, options.active === true);
    const complement = options.complement;
    const subjects = this.mentionsOf(subject);
    const objects = options.clausal ? [this.clauseMention(object.tokens)] : this.mentionsOf(object);
    const adjusted = calibrate(confidence, { construction, subjectTokens: subject.tokens.length });
    for (const s of subjects) {
      for (const o of objects) {
        const parts = [s, o, ...verbTokens, ...(complement ?? [])];
        const span = {
          start: Math.min(...parts.map((x) => x.start)),
          end: Math.max(...parts.map((x) => x.end)),
        };
        const pronounPenalty = s.pronoun || o.pronoun ? 0.1 : 0;
        this.triples.push({
          sentence: this.sentence.index,
          subject: s,
          relation: readAs,
          lemma,
          object: o,
          ...(complement === undefined ? {} : { complement: this.sentence.textOf(complement) }),
          ...(this.setting === undefined || options.nominal !== undefined || options.settingAsObject ? {} : { setting: this.setting }),
          span,
          flags,
          construction,
          confidence: clamp(adjusted - pronounPenalty * (construction === 'copula' ? 2 : 1) - (subjects.length * objects.length > 1 ? 0.05 : 0)),
        });
      }
    }
  }

  /**
   * An `is` triple whose object is a description (`the U.S. special envoy for Afghanistan`) or a
   * title: a role, not an actor, so it is always a concept.
   */
  emitIs(subject: Mention, objectTokens: Token[], construction: Construction, confidence: number, isTitle: boolean): void {
    const first = objectTokens[0]!;
    const last = objectTokens[objectTokens.length - 1]!;
    const read = this.sentence.mention({ kind: 'np', tokens: objectTokens }, objectTokens);
    const nameStart = first.pos === 'DET' && objectTokens.length > 1 ? objectTokens[1]! : first;
    const nameSpan = { start: nameStart.start, end: last.end };
    const { title: _title, ...untitled } = read;
    const object: Mention = {
      ...untitled,
      name: this.sentence.text.slice(nameSpan.start, nameSpan.end),
      nameSpan,
      type: 'concept',
      typeSource: isTitle ? 'title' : 'fallback',
    };
    const span = { start: Math.min(subject.start, first.start), end: Math.max(subject.nameSpan.end, last.end) };
    const named: Mention = { ...subject, start: subject.nameSpan.start, end: subject.nameSpan.end, text: subject.name };
    this.triples.push({
      sentence: this.sentence.index,
      subject: named,
      relation: 'is',
      lemma: 'be',
      object: object,
      span,
      flags: { negated: false, hedged: this.hedged, tense: 'present', ...(this.attribution ? { attributedTo: this.attribution } : {}) },
      construction,
      confidence,
    });
  }

  /** One mention per conjunct; the argument's whole text when it is a single phrase. */
  private mentionsOf(argument: Argument): Mention[] {
    if (argument.conjuncts.length <= 1) {
      const phrase = argument.conjuncts[0] ?? { kind: 'np' as const, tokens: argument.tokens };
      return splitJoinedNames(this.sentence.mention(phrase, argument.tokens));
    }
    return argument.conjuncts.flatMap((np, k) => splitJoinedNames(this.sentence.mention(np, argument.conjunctTokens?.[k] ?? np.tokens)));
  }

  private clauseMention(tokens: Token[]): Mention {
    const mention = this.sentence.mention({ kind: 'np', tokens }, tokens);
    return { ...mention, name: mention.text, nameSpan: { start: mention.start, end: mention.end }, type: 'concept', typeSource: 'fallback', clause: true };
  }
}

/** Each verb group's lemma, joined by `to` (`intend to ask`); a passive read as such keeps `be` and its participle. */
function lemmaOf(relation: Relation, active: boolean): string {
  const words: string[] = [];
  relation.groups.forEach((group, k) => {
    if (k > 0) words.push('to');
    if (group.passive && !active) words.push('be', group.head.lower);
    else words.push(isHaveMain(group) ? 'have' : verbLemma(group.head));
    for (const extra of group.extras) words.push(extra.lower);
  });
  if (relation.preposition !== undefined && !active) words.push(relation.preposition.lower);
  return words.join(' ');
}

interface ReadingShape {
  construction: Construction;
  subjectTokens: number;
}

/**
 * Confidence from the reading's shape, in one place. On CaRB's dev split relative clauses were
 * right less often than plain verbs, and a long subject usually means a missed clause boundary;
 * other adjustments tried there (copulas, attribution, catenative chains) did not order readings better.
 * A long object is no sign of a wrong reading: on CaRB dev-A objects of 15 words and more were right
 * more often than short ones, so objects are not marked down for their length.
 */
function calibrate(base: number, shape: ReadingShape): number {
  let confidence = base;
  if (shape.construction === 'relative') confidence -= 0.08;
  if (shape.subjectTokens > 8) confidence -= Math.min(0.3, (shape.subjectTokens - 8) * 0.03);
  return confidence;
}
/** Words as the text writes them: `did` + `n't` stay `didn't`, others get a space. */
function joinWords(tokens: Token[]): string {
  let out = '';
  tokens.forEach((t, k) => {
    if (t.text === '') return;
    const previous = tokens[k - 1];
    out += out === '' || (previous !== undefined && previous.end === t.start) ? t.text : ` ${t.text}`;
  });
  return out;
}

const clamp = (x: number): number => Math.round(Math.max(0.05, Math.min(0.99, x)) * 1000) / 1000;
