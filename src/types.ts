/** The shapes shared by every stage: documents, sentences, mentions, triples, graph attributes. */

/** A document as read from the input, before any NLP. */
export interface SourceDocument {
  /** Where it came from: a file path, `path:line` for JSONL, or `stdin`. */
  source: string;
  title: string;
  text: string;
  /** ISO date when the input gives one. */
  date?: string;
  /** An id the input supplied (JSONL `id`); kept for reference, never used as the key. */
  externalId?: string;
  /** Where the article is published (JSONL `url`), as given; the page links it only when it is http(s). */
  url?: string;
}

/** A document with its content-derived id. */
export interface Document extends SourceDocument {
  /** Hash of the normalised text: the same text always gets the same id. */
  id: string;
}

/** A character range `[start, end)` in a document's text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'concept';

/** A noun phrase as it appears in a sentence, with the part that names the actor. */
export interface Mention extends Span {
  /** The whole argument as read, e.g. `US Secretary of State Anthony Blinken`. */
  text: string;
  /** The name the graph keys on, e.g. `Anthony Blinken` (titles, determiners dropped). */
  name: string;
  /** Where `name` sits in the document. */
  nameSpan: Span;
  type: EntityType;
  /** A title or role read next to the name (`Secretary of State`), used to resolve aliases. */
  title?: string;
  /** Why it got its type; resolution trusts a title, a head noun or a tag over the fallback. */
  typeSource: 'title' | 'head' | 'tag' | 'fallback';
  /** Personal pronouns and other words that stand for something said elsewhere. */
  pronoun?: boolean;
  /** For a he/she pronoun, the person the coreference pass (src/coref) read it as. */
  antecedent?: Antecedent;
  /** A whole clause read as the object of a verb of saying; never a node of the graph. */
  clause?: boolean;
}

/** The person a pronoun stands for: the fullest name its document gives them, and the mention it was read from. */
export interface Antecedent {
  name: string;
  /** Set for an organization or group a description stands for (`the group`); a person otherwise. */
  type?: 'organization';
  /** The mention of the person nearest before the pronoun (or just after it, in its clause), and its sentence. */
  nameSpan: Span;
  sentence: number;
}

/** An end of a triple that was a pronoun, read as the person it stands for. */
export interface ResolvedPronoun {
  end: 'subject' | 'object';
  pronoun: string;
  pronounSpan: Span;
  antecedent: Antecedent;
}

export type Tense = 'past' | 'present' | 'future';
export type Modality = 'will' | 'would' | 'could' | 'can' | 'may' | 'might' | 'should' | 'must';

export interface TripleFlags {
  negated: boolean;
  hedged: boolean;
  /** Who said or wrote it, for `X said that ...`, `..., X wrote` and `according to X`. */
  attributedTo?: string;
  modality?: Modality;
  tense: Tense;
}

export type Construction =
  | 'active'
  | 'passive'
  | 'copula'
  | 'apposition'
  | 'relative'
  | 'possessive'
  | 'preposition';

/** One subject–relation–object reading of a sentence. */
export interface Triple {
  /** Index of the sentence in its document. */
  sentence: number;
  subject: Mention;
  /** The relation as read, `wrote to`. */
  relation: string;
  /** The relation as a lemma, `write to`. */
  lemma: string;
  object: Mention;
  /** What follows the object and completes the relation, `to host the next round of peace talks`. */
  complement?: string;
  /** A time or place phrase opening the sentence that frames what it says (`On 12 July 2006`). */
  setting?: string;
  /** From the first to the last character of the subject, relation, object and complement. */
  span: Span;
  flags: TripleFlags;
  construction: Construction;
  /** 0..1: how likely the reading is right (used to rank and on CaRB's curve). */
  confidence: number;
}

/** What extraction keeps of a document: enough to rebuild the graph without NLP. */
export interface ExtractedDocument extends Document {
  sentences: Sentence[];
  triples: Triple[];
}

/** One piece of evidence behind an edge. */
export interface Evidence extends Span {
  doc: string;
  sentence: number;
  /** The relation as read in this sentence. */
  relation: string;
  /** The evidence span's text. */
  text: string;
  flags: TripleFlags;
  complement?: string;
  setting?: string;
  confidence: number;
  /** Read from a passive's agent (`Y` of `X was killed by Y`): `relation` reads against the edge's arrow. */
  passive?: true;
  /** Ends that were pronouns (`he`), read as the people they stand for; such evidence has a lower confidence. */
  resolved?: ResolvedPronoun[];
}

export interface NodeAttributes {
  label: string;
  type: EntityType;
  /** Surface form → how many times it was read. */
  aliases: Record<string, number>;
  /** Places in the documents' text that name it in a triple. */
  mentions: number;
  /** Ids of the documents that mention it. */
  documents: string[];
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  /** Set at build time (graph/metrics.ts): the Louvain community, 0 the largest. */
  community?: number;
  pagerank?: number;
  /** Within the actor overview; 0 outside it. */
  betweenness?: number;
  /** In the actor overview the page opens on (graph/overview.ts). */
  overview?: true;
}

export interface EdgeAttributes {
  /** The relation as most often read. */
  label: string;
  lemma: string;
  weight: number;
  evidence: Evidence[];
  negated: boolean;
  hedged: boolean;
  attributedTo?: string;
  modality?: Modality;
  tense: Tense;
}

/**
 * A decision taken by hand on what names one actor, kept in the store and applied at every rebuild:
 * `merge` makes the actors of two names one; `unmerge` keeps a name apart from every other.
 */
export type AliasOverride = { action: 'merge'; names: [string, string] } | { action: 'unmerge'; name: string };

/** Why two surface forms were taken to name one actor. */
export interface AliasMerge {
  alias: string;
  canonical: string;
  node: string;
  reason: string;
}
