/** Reads subject–relation–object triples off a sentence's phrases by general rules over the tags. */
import type { Construction, Triple, TripleFlags } from '../types.js';
import type { Token } from './token.js';
import { phrases as toPhrases, isHaveMain, type NounPhrase, type Phrase, type VerbGroup } from './03-phrases.js';
import { readMention, type ReadMention } from './04-mentions.js';
import { isHedged, isNegated, modalityOf, tenseOf } from './flags.js';
import { verbLemma } from './lemma.js';
import { HONORIFICS, MESSAGE_NOUNS, NOUN_ATTACHING_PREPOSITIONS, SPEECH_VERBS } from './data/words.js';

/** An argument: the noun phrases it names (one per conjunct) and the tokens it spans. */
interface Argument {
  conjuncts: NounPhrase[];
  tokens: Token[];
}

interface Apposition {
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
  left: ReadMention;
  right: ReadMention;
}

const isNamed = (mention: ReadMention): boolean => mention.type !== 'concept' && mention.pronoun !== true;

/** A relation read off one or more verb groups (`intends to ask`), with its preposition. */
interface Relation {
  groups: VerbGroup[];
  tokens: Token[];
  preposition?: Token;
}

const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '--', '(', ')', '"', '“', '”', "''", '``']);

export interface SentenceInput {
  index: number;
  tokens: Token[];
  text: string;
}

export function readTriples(sentence: SentenceInput): Triple[] {
  return new SentenceReader(sentence).read();
}

class SentenceReader {
  private readonly phrases: Phrase[];
  private readonly triples: Triple[] = [];
  private readonly hedged: boolean;
  /** The subject of the latest clause, for verbs coordinated with it (`stressed ... and emphasized`). */
  private lastSubject: Argument | undefined;
  private mainSubject: Argument | undefined;
  private attribution: string | undefined;

  constructor(private readonly sentence: SentenceInput) {
    this.phrases = toPhrases(sentence.tokens);
    this.hedged = isHedged(sentence.tokens);
  }

  read(): Triple[] {
    this.attribution = this.findAttribution();
    for (let p = 0; p < this.phrases.length; p++) {
      const phrase = this.phrases[p]!;
      if (phrase.kind === 'vg') p = this.readClause(p);
    }
    this.readAppositions();
    return this.triples;
  }

  // ── clauses ──────────────────────────────────────────────────────────────────────────────

  /** Reads the clause whose verb group is at `p`; returns the last phrase index it consumed. */
  private readClause(p: number): number {
    const group = this.phrases[p] as VerbGroup;
    const found = this.subjectBefore(p, group);
    const relation: Relation = { groups: [group], tokens: [...group.tokens, ...group.extras] };
    let q = p + 1;
    // catenative chains read as one relation: `intends to ask`, `are set to withdraw`
    while (this.wordAt(q)?.pos === 'TO' && this.phrases[q + 1]?.kind === 'vg') {
      const next = this.phrases[q + 1] as VerbGroup;
      relation.groups.push(next);
      relation.tokens.push(this.wordAt(q)!, ...next.tokens, ...next.extras);
      q += 2;
    }
    while (this.wordAt(q)?.pos === 'ADV') q++;
    if (found === undefined) return q - 1;
    const { subject, construction, confidence } = found;
    this.lastSubject = subject;
    if (this.mainSubject === undefined) this.mainSubject = subject;
    const last = relation.groups[relation.groups.length - 1]!;

    if (last.passive && this.wordAt(q)?.lower === 'by' && this.phrases[q + 1]?.kind === 'np') {
      const agent = this.argumentFrom(q + 1, true);
      const end = agent.end;
      this.emit(agent.argument, relation, subject, 'passive', confidence, { active: true, complement: this.complementFrom(end + 1) });
      return end;
    }
    const next = this.phrases[q];
    const speech = SPEECH_VERBS.has(verbLemma(last.head));
    if (next?.kind === 'np' && this.opensClause(q)) {
      // `said the Taliban killed ...`: the noun phrase is the subject of a reported clause
      if (speech) this.emitClause(subject, relation, q, construction, confidence);
      return q - 1;
    }
    if (next?.kind === 'np') {
      const object = this.argumentFrom(q, false);
      const complement = this.complementFrom(object.end + 1);
      this.emit(subject, relation, object.argument, last.copula ? 'copula' : construction, confidence, { complement });
      return object.end;
    }
    const word = this.wordAt(q);
    if (word?.pos === 'PREP' && word.lower !== 'according' && this.phrases[q + 1]?.kind === 'np' && !this.opensClause(q + 1)) {
      const object = this.argumentFrom(q + 1, false);
      const complement = this.complementFrom(object.end + 1);
      relation.preposition = word;
      this.emit(subject, relation, object.argument, last.copula ? 'copula' : construction, confidence - 0.05, { complement });
      return object.end;
    }
    if (word?.pos === 'ADJ' && last.copula) {
      const end = this.adjectivePhraseEnd(q);
      const tokens = this.tokensOf(q, end);
      this.emit(subject, relation, { conjuncts: [], tokens }, 'copula', confidence - 0.1, {});
      return end;
    }
    if (word?.pos === 'SCONJ' && word.lower === 'that') {
      this.emitClause(subject, relation, q, construction, confidence);
      return q;
    }
    return q - 1;
  }

  /** A noun phrase (with its `of` phrases) directly followed by a finite verb group starts a clause. */
  private opensClause(q: number): boolean {
    const { end } = this.argumentFrom(q, false);
    const after = this.phrases[end + 1];
    return after?.kind === 'vg' && !after.nonFinite;
  }

  /** `X said (that) ...`: the clause is the object, and what it states is attributed to X. */
  private emitClause(subject: Argument, relation: Relation, q: number, construction: Construction, confidence: number): void {
    let end = this.phrases.length - 1;
    while (end > q && this.wordAt(end)?.pos === 'PUNCT') end--;
    const clause = this.tokensOf(q, end);
    if (clause.length > 1) this.emit(subject, relation, { conjuncts: [], tokens: clause }, construction, confidence - 0.2, { clausal: true });
    const last = relation.groups[relation.groups.length - 1]!;
    const speaker = subject.conjuncts[0];
    if (SPEECH_VERBS.has(verbLemma(last.head)) && speaker !== undefined && this.attribution === undefined) {
      this.attribution = this.mention(speaker, speaker.tokens).name;
    }
  }

  /** The subject of the verb group at `p`: the noun phrase before it, or the antecedent of `which`. */
  private subjectBefore(p: number, group: VerbGroup): { subject: Argument; construction: Construction; confidence: number } | undefined {
    let q = p - 1;
    while (this.wordAt(q)?.pos === 'ADV' || this.wordAt(q)?.pos === 'NEG') q--;
    const before = this.phrases[q];
    if (before?.kind === 'np') {
      // `a private library housing thousands of rare books`: a participle right after a noun phrase modifies it
      if (group.nonFinite && !group.passive && !this.isPassiveParticiple(group, p)) {
        return { subject: this.argumentBetween(q, q), construction: 'relative', confidence: 0.6 };
      }
      const start = this.subjectStart(q);
      return { subject: this.argumentBetween(start, q), construction: 'active', confidence: 0.9 };
    }
    const appositive = this.appositiveSubject(q);
    if (appositive !== undefined) return { subject: appositive, construction: 'active', confidence: 0.8 };
    const word = this.wordAt(q);
    if (word?.pos === 'REL') {
      let r = q - 1;
      if (this.wordAt(r)?.text === ',') r--;
      if (this.phrases[r]?.kind === 'np') {
        return { subject: this.argumentBetween(r, r), construction: 'relative', confidence: 0.75 };
      }
      return undefined;
    }
    if (word?.pos === 'CONJ' && this.lastSubject !== undefined) {
      return { subject: this.lastSubject, construction: 'active', confidence: 0.7 };
    }
    if (word?.text === ',' && group.nonFinite && this.mainSubject !== undefined && !group.passive) {
      return { subject: this.mainSubject, construction: 'active', confidence: 0.45 };
    }
    return undefined;
  }

  /** A participle right after a noun phrase and before `by` is a reduced passive (`a letter published by X`). */
  private isPassiveParticiple(group: VerbGroup, p: number): boolean {
    const isParticiple = group.head.tags.has('PastTense') || group.head.tags.has('Participle');
    if (isParticiple && this.wordAt(p + 1)?.lower === 'by') {
      group.passive = true;
      return true;
    }
    return false;
  }

  /** Walks left over `of`/`in` phrases and coordinated noun phrases that belong to one subject. */
  private subjectStart(q: number): number {
    let start = q;
    for (;;) {
      const word = this.wordAt(start - 1);
      const np = this.phrases[start - 2];
      if (word === undefined || np?.kind !== 'np') break;
      const joins =
        (word.pos === 'PREP' && NOUN_ATTACHING_PREPOSITIONS.has(word.lower)) ||
        word.pos === 'CONJ' ||
        (word.text === ',' && this.isListComma(start - 1));
      if (!joins || word.lower === 'according') break;
      start -= 2;
    }
    return start;
  }

  /**
   * `Zalmay Khalilzad, the U.S. envoy, said` or `the U.S. envoy, Zalmay Khalilzad, said`: the subject
   * is the apposition's named side, or its first side when neither or both are named.
   */
  private appositiveSubject(q: number): Argument | undefined {
    if (this.wordAt(q)?.text !== ',' || this.phrases[q - 1]?.kind !== 'np') return undefined;
    const apposition = this.appositionAt(this.chainStart(q - 1) - 1);
    if (apposition === undefined || apposition.rightEnd !== q - 1) return undefined;
    const opener = this.phrases[apposition.leftStart - 1];
    if (opener !== undefined && !(opener.kind === 'word' && (opener.token.pos === 'PUNCT' || opener.token.pos === 'SCONJ'))) return undefined;
    const { left, right } = apposition;
    const side = !isNamed(left) && isNamed(right) ? apposition.rightStart : apposition.leftStart;
    return { conjuncts: [this.phrases[side] as NounPhrase], tokens: this.tokensOf(side, side) };
  }

  /** Two noun phrases (each with its `of` phrases) side by side between commas, with no `and` to make a list. */
  private appositionAt(c: number): Apposition | undefined {
    if (this.wordAt(c)?.text !== ',' || this.phrases[c - 1]?.kind !== 'np' || this.phrases[c + 1]?.kind !== 'np') return undefined;
    if (this.isListComma(c)) return undefined;
    const leftStart = this.chainStart(c - 1);
    const rightEnd = this.ofChainEnd(c + 1);
    const after = this.phrases[rightEnd + 1];
    const closed = after === undefined || (after.kind === 'word' && after.token.pos === 'PUNCT');
    if (!closed || this.wordAt(rightEnd + 2)?.pos === 'CONJ') return undefined;
    const left = this.phrases[leftStart] as NounPhrase;
    const right = this.phrases[c + 1] as NounPhrase;
    return {
      leftStart,
      leftEnd: c - 1,
      rightStart: c + 1,
      rightEnd,
      left: this.mention(left, left.tokens),
      right: this.mention(right, right.tokens),
    };
  }

  /** Walks left over `of`/`for` phrases to the noun phrase they hang from. */
  private chainStart(q: number): number {
    let start = q;
    while ((this.wordAt(start - 1)?.lower === 'of' || this.wordAt(start - 1)?.lower === 'for') && this.phrases[start - 2]?.kind === 'np') start -= 2;
    return start;
  }

  private isListComma(q: number): boolean {
    for (let k = q + 1; k < this.phrases.length; k++) {
      const phrase = this.phrases[k]!;
      if (phrase.kind === 'np') continue;
      if (phrase.kind === 'word' && phrase.token.text === ',') continue;
      return phrase.kind === 'word' && phrase.token.pos === 'CONJ';
    }
    return false;
  }

  /** An argument from the noun phrase at `q`: its `of` phrases and its conjuncts. */
  private argumentFrom(q: number, agent: boolean): { argument: Argument; end: number } {
    const conjuncts = [this.phrases[q] as NounPhrase];
    let end = q;
    for (;;) {
      const word = this.wordAt(end + 1);
      const np = this.phrases[end + 2];
      if (word === undefined || np?.kind !== 'np') break;
      if (word.lower === 'of' || (word.lower === 'for' && !agent)) {
        end += 2;
        continue;
      }
      if (word.pos === 'CONJ' || (word.text === ',' && this.isListComma(end + 1))) {
        conjuncts.push(np);
        end += 2;
        // `and` after a list comma
        if (this.wordAt(end + 1)?.pos === 'CONJ' && this.phrases[end + 2]?.kind === 'np') continue;
        continue;
      }
      break;
    }
    return { argument: { conjuncts: this.splitConjuncts(conjuncts), tokens: this.tokensOf(q, end) }, end };
  }

  /**
   * Lists that name actors split into one argument per conjunct (`Russia, China and India`); a list
   * of common nouns only (`lesbian relationships, roommate relationships and ...`) is one argument.
   */
  private splitConjuncts(conjuncts: NounPhrase[]): NounPhrase[] {
    if (conjuncts.length < 2) return conjuncts;
    return conjuncts.some((np) => isNamed(this.mention(np, np.tokens))) ? conjuncts : conjuncts.slice(0, 1);
  }

  private argumentBetween(from: number, to: number): Argument {
    const conjuncts: NounPhrase[] = [];
    let k = from;
    conjuncts.push(this.phrases[k] as NounPhrase);
    while (k + 2 <= to) {
      const word = this.wordAt(k + 1)!;
      if (word.pos === 'CONJ' || word.text === ',') conjuncts.push(this.phrases[k + 2] as NounPhrase);
      k += 2;
    }
    return { conjuncts: this.splitConjuncts(conjuncts), tokens: this.tokensOf(from, to) };
  }

  private adjectivePhraseEnd(q: number): number {
    let end = q;
    while (this.wordAt(end + 1)?.pos === 'ADJ' || this.wordAt(end + 1)?.pos === 'CONJ') end++;
    if (this.wordAt(end + 1)?.pos === 'PREP' && this.phrases[end + 2]?.kind === 'np') end += 2;
    return end;
  }

  /** What follows the object up to the end of the clause: `to host the next round of peace talks`. */
  private complementFrom(q: number): Token[] | undefined {
    const first = this.phrases[q];
    if (first === undefined) return undefined;
    const firstWord = first.kind === 'word' ? first.token : undefined;
    if (firstWord === undefined || (firstWord.pos !== 'TO' && firstWord.pos !== 'PREP')) return undefined;
    let end = q;
    for (let k = q + 1; k < this.phrases.length; k++) {
      const phrase = this.phrases[k]!;
      if (phrase.kind === 'word' && phrase.token.text === ',' && this.continuesAfterComma(k)) continue;
      if (phrase.kind === 'word' && (CLAUSE_BREAKS.has(phrase.token.text) || phrase.token.text === ',' || phrase.token.pos === 'REL' || phrase.token.pos === 'SCONJ')) break;
      if (phrase.kind === 'word' && phrase.token.pos === 'PUNCT' && k === this.phrases.length - 1) break;
      end = k;
    }
    return this.tokensOf(q, end);
  }

  /** `in 1941 , at Kettering`: a comma followed by another prepositional phrase does not end the clause. */
  private continuesAfterComma(k: number): boolean {
    const next = this.wordAt(k + 1);
    return next?.pos === 'PREP' && this.phrases[k + 2]?.kind === 'np' && this.phrases[k + 3]?.kind !== 'vg';
  }

  // ── appositions ──────────────────────────────────────────────────────────────────────────

  /** `Zalmay Khalilzad, the U.S. special envoy,` and `U.S. Secretary of State Antony Blinken` give `is` triples. */
  private readAppositions(): void {
    for (let q = 0; q < this.phrases.length; q++) {
      const phrase = this.phrases[q];
      if (phrase?.kind === 'np') {
        this.readMessageNoun(q);
        this.readTitle(phrase);
        this.readPossessive(q);
        continue;
      }
      const apposition = this.appositionAt(q);
      if (apposition === undefined) continue;
      const { left, right } = apposition;
      if (isNamed(left) && !isNamed(right) && !right.pronoun) {
        this.emitIs(left, this.tokensOf(apposition.rightStart, apposition.rightEnd), 'apposition', 0.8, false);
      } else if (!isNamed(left) && !left.pronoun && isNamed(right) && (this.phrases[apposition.leftStart] as NounPhrase).tokens[0]?.pos === 'DET') {
        this.emitIs(right, this.tokensOf(apposition.leftStart, apposition.leftEnd), 'apposition', 0.75, false);
      }
    }
  }

  /** `Pittsburgh 's mayor` says Pittsburgh has a mayor. */
  private readPossessive(q: number): void {
    const tokens = (this.phrases[q] as NounPhrase).tokens;
    const mark = tokens.findIndex((t) => t.pos === 'POSS' || t.possessive);
    const ownerTokens = tokens.slice(0, tokens[mark]?.pos === 'POSS' ? mark : mark + 1);
    const owned = tokens.slice(mark + 1);
    if (mark < 0 || ownerTokens.length === 0 || owned.length === 0 || !owned.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return;
    const owner = this.mention({ kind: 'np', tokens: ownerTokens }, ownerTokens);
    if (owner.pronoun) return;
    const end = this.ofChainEnd(q);
    const ownedTokens = [...owned, ...this.tokensOf(q + 1, end)];
    const relation: Relation = { groups: [], tokens: [] };
    this.emit(
      { conjuncts: [{ kind: 'np', tokens: ownerTokens }], tokens: ownerTokens },
      relation,
      { conjuncts: [{ kind: 'np', tokens: owned }], tokens: ownedTokens },
      'possessive',
      // annotators rarely spell possessives out: a likely reading, but kept below the verbs
      0.2,
      { nominal: { text: 'has', lemma: 'have' } },
    );
  }

  private readTitle(phrase: NounPhrase): void {
    const mention = this.mention(phrase, phrase.tokens);
    if (mention.title === undefined || mention.type !== 'person') return;
    const titleTokens = phrase.tokens.filter((t) => t.start < mention.nameSpan.start && t.pos !== 'DET');
    if (titleTokens.every((t) => HONORIFICS.has(t.lower))) return;
    this.emitIs(mention, titleTokens, 'apposition', 0.55, true);
  }

  /** `a letter from Blinken to Ghani`: a message noun with a sender and a recipient implies its verb. */
  private readMessageNoun(q: number): void {
    const noun = (this.phrases[q] as NounPhrase).tokens.at(-1)!;
    const lemma = MESSAGE_NOUNS[noun.lower];
    if (lemma === undefined || this.wordAt(q + 1)?.lower !== 'from' || this.wordAt(q + 3)?.lower !== 'to') return;
    const sender = this.phrases[q + 2];
    const recipient = this.phrases[q + 4];
    if (sender?.kind !== 'np' || recipient?.kind !== 'np') return;
    const to = this.wordAt(q + 3)!;
    const relation: Relation = { groups: [], tokens: [noun] };
    this.emit(
      { conjuncts: [sender], tokens: sender.tokens },
      relation,
      { conjuncts: [recipient], tokens: recipient.tokens },
      'preposition',
      0.6,
      { nominal: { text: `${noun.text} ${to.text}`, lemma } },
    );
  }

  private ofChainEnd(q: number): number {
    let end = q;
    while ((this.wordAt(end + 1)?.lower === 'of' || this.wordAt(end + 1)?.lower === 'for') && this.phrases[end + 2]?.kind === 'np') end += 2;
    return end;
  }

  /**
   * An `is` triple whose object is a description (`the U.S. special envoy for Afghanistan`) or a
   * title: a role, not an actor, so it is always a concept.
   */
  private emitIs(subject: ReadMention, objectTokens: Token[], construction: Construction, confidence: number, isTitle: boolean): void {
    const first = objectTokens[0]!;
    const last = objectTokens[objectTokens.length - 1]!;
    const read = this.mention({ kind: 'np', tokens: objectTokens }, objectTokens);
    const nameStart = first.pos === 'DET' && objectTokens.length > 1 ? objectTokens[1]! : first;
    const nameSpan = { start: nameStart.start, end: last.end };
    const { title: _title, ...untitled } = read;
    const object: ReadMention = {
      ...untitled,
      name: this.sentence.text.slice(nameSpan.start, nameSpan.end),
      nameSpan,
      type: 'concept',
      typeSource: isTitle ? 'title' : 'fallback',
    };
    const span = { start: Math.min(subject.start, first.start), end: Math.max(subject.nameSpan.end, last.end) };
    const named: ReadMention = { ...subject, start: subject.nameSpan.start, end: subject.nameSpan.end, text: subject.name };
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

  // ── output ───────────────────────────────────────────────────────────────────────────────

  private emit(
    subject: Argument,
    relation: Relation,
    object: Argument,
    construction: Construction,
    confidence: number,
    options: { active?: boolean; complement?: Token[] | undefined; clausal?: boolean; nominal?: { text: string; lemma: string } },
  ): void {
    const verbTokens = relation.tokens;
    const modality = modalityOf(verbTokens);
    const flags: TripleFlags = {
      negated: isNegated(verbTokens, object.tokens),
      hedged: this.hedged,
      tense: tenseOf(verbTokens, modality),
      ...(modality === undefined ? {} : { modality }),
    };
    // the speaker's own `said` is not attributed to the speaker
    if (this.attribution !== undefined && !options.clausal) flags.attributedTo = this.attribution;
    const relationText = [...verbTokens, ...(!options.active && relation.preposition ? [relation.preposition] : [])]
      .map((t) => t.text)
      .filter((t) => t !== '')
      .join(' ');
    const readAs = options.nominal?.text ?? (options.active ? `${relationText} by` : relationText);
    const lemma = options.nominal?.lemma ?? this.lemmaOf(relation, options.active === true);
    const complement = options.complement;
    const subjects = this.mentionsOf(subject);
    const objects = options.clausal ? [this.clauseMention(object.tokens)] : this.mentionsOf(object);
    const penalty = lengthPenalty(subject.tokens.length) + lengthPenalty(object.tokens.length);
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
          ...(complement === undefined ? {} : { complement: this.textOf(complement) }),
          span,
          flags,
          construction,
          confidence: clamp(confidence - penalty - pronounPenalty - (subjects.length * objects.length > 1 ? 0.05 : 0)),
        });
      }
    }
  }

  private lemmaOf(relation: Relation, active: boolean): string {
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

  /** One mention per conjunct; the argument's whole text when it is a single phrase. */
  private mentionsOf(argument: Argument): ReadMention[] {
    if (argument.conjuncts.length <= 1) {
      const phrase = argument.conjuncts[0] ?? { kind: 'np' as const, tokens: argument.tokens };
      return [this.mention(phrase, argument.tokens)];
    }
    return argument.conjuncts.map((np) => this.mention(np, np.tokens));
  }

  private clauseMention(tokens: Token[]): ReadMention {
    const mention = this.mention({ kind: 'np', tokens }, tokens);
    return { ...mention, name: mention.text, nameSpan: { start: mention.start, end: mention.end }, type: 'concept', typeSource: 'fallback', clause: true };
  }

  private mention(phrase: NounPhrase, tokens: Token[]): ReadMention {
    return readMention(phrase.tokens, tokens, this.sentence.text);
  }

  /** `..., Blinken wrote.` or `according to the letter`: who the sentence's statements come from. */
  private findAttribution(): string | undefined {
    for (let p = 0; p < this.phrases.length; p++) {
      const word = this.wordAt(p);
      if (word?.lower === 'according' && this.wordAt(p + 1)?.lower === 'to' && this.phrases[p + 2]?.kind === 'np') {
        return this.mention(this.phrases[p + 2] as NounPhrase, (this.phrases[p + 2] as NounPhrase).tokens).name;
      }
      const phrase = this.phrases[p];
      if (phrase?.kind === 'vg' && SPEECH_VERBS.has(verbLemma(phrase.head))) {
        const before = this.phrases[p - 1];
        const opener = this.wordAt(p - 2);
        const after = this.phrases[p + 1];
        const closesSentence = after === undefined || (after.kind === 'word' && after.token.pos === 'PUNCT');
        if (before?.kind === 'np' && opener !== undefined && /^[,"”'’]+$/.test(opener.text) && closesSentence) {
          return this.mention(before, before.tokens).name;
        }
      }
    }
    return undefined;
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────

  private wordAt(q: number): Token | undefined {
    const phrase = this.phrases[q];
    return phrase?.kind === 'word' ? phrase.token : undefined;
  }

  private tokensOf(from: number, to: number): Token[] {
    const out: Token[] = [];
    for (let k = from; k <= to; k++) {
      const phrase = this.phrases[k];
      if (phrase === undefined) continue;
      if (phrase.kind === 'word') out.push(phrase.token);
      else out.push(...phrase.tokens, ...(phrase.kind === 'vg' ? phrase.extras : []));
    }
    return out;
  }

  private textOf(tokens: Token[]): string {
    return this.sentence.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  }
}

const lengthPenalty = (tokens: number): number => (tokens > 10 ? Math.min(0.3, (tokens - 10) * 0.02) : 0);
const clamp = (x: number): number => Math.round(Math.max(0.05, Math.min(0.99, x)) * 1000) / 1000;
