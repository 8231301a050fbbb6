/** What a store holds, whichever store: the shape every backend reads and writes. */
import type { SerializedGraph } from 'graphology-types';
import type { AliasMerge, AliasOverride, EdgeAttributes, ExtractedDocument, NodeAttributes } from '../types.js';

/** The store file's layout version. Version 2 added the checksum line; version 1 stores still load. */
export const STORE_VERSION = 2;

export interface StoreContents {
  format: 'kg-store';
  /** Always the current version once loaded: a version 1 store reads the same, less its checksum. */
  version: typeof STORE_VERSION;
  /** Every document with its sentences and raw triples; the graph is rebuilt from these. */
  documents: ExtractedDocument[];
  /** Words the corpus taught the tagger (lowercase word → compromise tag). */
  lexicon: Record<string, string>;
  merges: AliasMerge[];
  /** Merges and unmerges decided by hand (`kg merge`, `kg unmerge`), in the order they were made. */
  overrides: AliasOverride[];
  /** graphology's serialised form (graph.export()). */
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
}
