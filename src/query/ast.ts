/** What a parsed console query asks for. */
import type { EntityType } from '../types.js';
import type { NameAt } from './resolve-actor.js';

/** Narrow the graph before answering; each is optional and they combine. */
export interface Filters {
  /** Drop hedged / negated evidence, and edges left with none. */
  hideHedged: boolean;
  hideNegated: boolean;
  /** Drop evidence read through a pronoun (`he` = Ashraf Ghani), and edges left with none. */
  hideResolved?: boolean;
  /** Only actors of these types (a path's two ends are always kept). */
  types?: EntityType[];
  /** Only edges with at least this much evidence (after the flags above). */
  minEvidence?: number;
  /** Only these relations (lemmas, or the lemma's first word: `ask` matches `ask to`). */
  via?: string[];
  /**
   * Which concepts a path (or a neighbourhood beyond depth 1) may pass through: by default only one
   * whose edge in and edge out share a document (`within-document`); `-concepts` none; `+concepts` any.
   * The actors the query names are never held to it.
   */
  concepts?: ConceptPassage;
  /**
   * Only evidence from documents dated within these days (`YYYY-MM-DD`, both included): `since
   * 2020-01-01`, `until 2020-06-30`. Evidence from an undated document is outside every range.
   */
  since?: string;
  until?: string;
  /**
   * The documents dated within `since`/`until`, found in the store by run.ts before the walk
   * (evidence names its document, not its date); undefined when neither is asked for.
   */
  datedDocuments?: ReadonlySet<string>;
}

export type ConceptPassage = 'within-document' | 'none' | 'any';

export type Command =
  | { kind: 'help' }
  | { kind: 'path'; from: NameAt; to: NameAt; directed: boolean }
  | { kind: 'paths'; from: NameAt; to: NameAt; directed: boolean; k: number; maxLength: number }
  | { kind: 'edges'; from?: NameAt; relation?: string; to?: NameAt }
  | { kind: 'neighbors'; actor: NameAt; depth: number }
  | { kind: 'find'; text: string }
  | { kind: 'show'; actor: NameAt };

export interface ParsedQuery {
  command: Command;
  filters: Filters;
}
