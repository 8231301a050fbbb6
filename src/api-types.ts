/**
 * The JSON the API sends: the one contract between the server, the page and the tests. It sits
 * below the server because the query and view modules produce these shapes.
 * Types only, so the page's bundle can import it without pulling in server code.
 */
import type { EntityType, Modality, ResolvedPronoun, Tense, TripleFlags } from './types.js';
import type { GraphStats } from './graph/stats.js';
import type { TripleMark } from './view/triple-marks.js';

export type { TripleMark, TripleRole } from './view/triple-marks.js';

export type RelationKind = 'action' | 'state';

/** Every error the API sends: `error` names the class of problem, `detail` says what was wrong with which input. */
export interface ApiError {
  error: 'InvalidRequest' | 'InvalidQuery' | 'NotFound' | 'PayloadTooLarge' | 'UnsupportedMediaType' | 'Unauthorized' | 'ReadOnly' | 'StoreUnavailable' | 'Internal'
    // refused by the Host check, or by Node before the app (headers over its limit, too slow, an unknown Expect)
    | 'ForbiddenHost' | 'HeadersTooLarge' | 'RequestTimeout' | 'ExpectationFailed';
  detail: string;
  /** For an InvalidQuery: the character (0-based) where the query stopped making sense. */
  position?: number;
}

/** A node as the page draws it. Positions come from the ForceAtlas2 layout run at build time. */
export interface GraphNode {
  key: string;
  label: string;
  type: EntityType;
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
  mentions: number;
  /** Every surface form merged into this node, most read first. */
  aliases: string[];
  /** Louvain community (0 the largest), PageRank, and betweenness within the overview, all set at build time. */
  community: number;
  pagerank: number;
  betweenness: number;
  /** In the actor overview the page opens on: a named actor related to another named actor. */
  overview: boolean;
}

/** An edge as the page draws it, with enough flag counts to filter hedged or negated evidence. */
export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  label: string;
  lemma: string;
  /** Pieces of evidence. */
  weight: number;
  /**
   * Pieces of evidence by their flags, at index hedged (1) | negated (2) | read through a pronoun (4):
   * the page's evidence filters keep the pieces whose index has none of the flags they hide.
   */
  flagCounts: number[];
  /**
   * The pieces of evidence whose document has a day, each as `day * 8 + flags` (`day` indexes the
   * payload's `days`, `flags` as in `flagCounts`), ascending; absent when none has. The page's date
   * range counts these, so evidence without a day is outside every range.
   */
  dated?: number[];
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Every day a document of the store is dated, ascending (`YYYY-MM-DD`): the same list for every scope, so `dated` indexes it alike. */
  days: string[];
  /** The legend: each type with its colour and how many nodes have it, in the whole graph. */
  types: { type: EntityType; color: string; count: number }[];
  /** The whole graph's size, also when the payload holds only the overview (`?scope=overview`). */
  total: { nodes: number; edges: number };
}

export interface NodeRef {
  key: string;
  label: string;
  type: EntityType;
}

/** One sentence behind an edge: where it is, what it says, and the part that gives the triple. */
export interface EvidenceView {
  doc: string;
  docTitle: string;
  /** The document's day (`YYYY-MM-DD`) when it has one. */
  date?: string;
  /** Where the document came from: a file path, `path:line` for JSONL, or `stdin`. */
  source: string;
  /** Where it is published (JSONL `url`), as the input gave it: the page links it only when it is http(s). */
  url?: string;
  /** Index of the sentence in its document. */
  sentence: number;
  /** The whole sentence and where it starts in the document. */
  sentenceText: string;
  sentenceStart: number;
  /** The evidence span, as offsets in the document (`[start, end)`). */
  start: number;
  end: number;
  /** The span's text. */
  text: string;
  /** The relation as read in this sentence. */
  relation: string;
  flags: TripleFlags;
  complement?: string;
  setting?: string;
  confidence: number;
  /** Ends that were pronouns, with the person each was read as (`he` = Ashraf Ghani). */
  resolved?: ResolvedPronoun[];
  /** The subject, the relation's words and the object, in document offsets and text order (see view/triple-marks.ts). */
  marks: TripleMark[];
}

export interface EdgeView {
  key: string;
  source: NodeRef;
  target: NodeRef;
  label: string;
  lemma: string;
  weight: number;
  /** True when every piece of evidence is negated (or hedged). */
  negated: boolean;
  hedged: boolean;
  attributedTo?: string;
  modality?: Modality;
  tense: Tense;
  evidence: EvidenceView[];
}

/** The edges of one relation (lemma) on one side of a node; each with its first 3 pieces of evidence (`weight` counts all). */
export interface RelationGroup {
  lemma: string;
  /** The relation as most often read among these edges. */
  label: string;
  /** `action` for what someone did (`wrote to`); `state` for what someone is or has (`be`, `have`, `be in`). */
  kind: RelationKind;
  /** Distinct sentences behind the group's edges. */
  sentences: number;
  edges: { edge: string; other: NodeRef; weight: number; evidence: EvidenceView[] }[];
}

export interface NodeCard extends NodeRef {
  mentions: number;
  degree: number;
  documents: { id: string; title: string }[];
  aliases: { alias: string; count: number }[];
  /** Why each alias was merged into this node (`kg aliases`). */
  merges: { alias: string; reason: string }[];
  /** Relations grouped by lemma: actions first, then states; the busiest first within each. */
  out: RelationGroup[];
  in: RelationGroup[];
}

export interface SearchHit extends NodeRef {
  degree: number;
  /** The name or alias that matched the query. */
  matched: string;
}

export interface SearchResults {
  query: string;
  results: SearchHit[];
}

/** A span of a document that some evidence points at. */
export interface DocumentMark {
  start: number;
  end: number;
  edge: string;
  relation: string;
}

export interface DocumentView {
  id: string;
  title: string;
  source: string;
  date?: string;
  url?: string;
  text: string;
  sentences: { index: number; start: number; end: number }[];
  /** Every evidence span in the document, in text order. */
  marks: DocumentMark[];
}

export type StatsView = GraphStats;

/** One step of a path, in the direction the path walks (which may be against the edge). */
export interface Hop {
  edge: string;
  from: NodeRef;
  to: NodeRef;
  label: string;
  /** False when the path walks the edge against its direction (`path A -- B`). */
  forward: boolean;
  evidence: EvidenceView[];
}

export interface PathView {
  nodes: NodeRef[];
  hops: Hop[];
  /** Distinct documents behind the hops. */
  documents: number;
}

/** An actor as an answer lists it, with what tells it apart before its card is opened. */
export interface ActorSummary extends NodeRef {
  /** Edges in and out, as the card counts them. */
  degree: number;
  mentions: number;
  /** How many documents mention it. */
  documents: number;
  /** For `neighbors`: the steps from the asked actor (0 for that actor itself). */
  depth?: number;
}

/**
 * What a console query answers; each edge and hop carries its first 3 pieces of evidence (the
 * edge's `weight` counts them all; GET /api/edges/:id gives every one). `text` is the readable
 * rendering (the CLI prints it; the console shows it for `help` and lays every other kind out from
 * the fields below); `nodes` and `edges` are what to light up on the graph; `paths` keeps hop order
 * for path queries so the page can light them hop by hop.
 */
export interface QueryAnswer {
  query: string;
  kind: 'help' | 'path' | 'paths' | 'neighbors' | 'edges' | 'find' | 'show';
  /** One line: what was found. */
  summary: string;
  text: string;
  nodes: NodeRef[];
  edges: EdgeView[];
  paths?: PathView[];
  /** For `path`: the shortest path, or null when there is none (not an error: the answer is "no path"). */
  path?: PathView | null;
  /**
   * For `find`, `show` and `neighbors`: the actors listed, in `nodes`' order, with their degree
   * (and for `neighbors` their depth), so the console can list them and group the edges by distance.
   */
  actors?: ActorSummary[];
  /** Enumeration stopped at a cap or a time budget before it was complete. */
  truncated: boolean;
}
