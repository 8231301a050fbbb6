/**
 * Turns a name typed in a query into one node, through labels and aliases, ignoring case:
 * `anthony blinken`, `blinken` and `Secretary Blinken` all reach Antony Blinken.
 */
import { InvalidQueryError, NotFoundError } from '../errors/index.js';
import type { LoadedGraph } from '../graph/loaded-graph.js';
import type { QueryClock, Steps } from './clock.js';
import { editDistance } from './edit-distance.js';
import { nameIndex, normaliseName, type NameEntry } from './names.js';
import { searchActors } from './search.js';

/** Where the name sits in the query, so an error can point at it. */
export interface NameAt {
  text: string;
  position: number;
}

const CANDIDATES_SHOWN = 5;

/** A walk like the others (clock.ts): on a large graph the scans for a name typed in part or misspelt take a while. */
export function* resolveActor(loaded: LoadedGraph, query: string, name: NameAt, clock: QueryClock): Steps<string> {
  const wanted = normaliseName(name.text);
  const index = nameIndex(loaded);
  const exact = nodesOf(index.byNormal.get(wanted) ?? []);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) {
    // a node whose own label is the name wins over nodes that merely have it as an alias
    const byLabel = exact.filter((node) => normaliseName(loaded.graph.getNodeAttribute(node, 'label')) === wanted);
    if (byLabel.length === 1) return byLabel[0]!;
    throw ambiguous(loaded, query, name, exact);
  }
  // every word typed appears in one of the node's names: `secretary blinken` is in `U.S. Secretary of State Antony Blinken`
  const words = wanted.split(' ');
  const containing: NameEntry[] = [];
  for (const entry of index.entries) {
    if (clock.tick()) {
      yield;
      if (clock.expired()) throw new NotFoundError(`no actor named ${JSON.stringify(name.text)} found within the time budget`, name.text);
    }
    if (words.every((word) => entry.words.includes(word))) containing.push(entry);
  }
  if (containing.length > 0) {
    const nodes = nodesOf(containing);
    if (nodes.length === 1) return nodes[0]!;
    throw ambiguous(loaded, query, name, nodes);
  }
  const suggestions = yield* closestNames(loaded, index.entries, wanted, clock);
  const hint = suggestions.length > 0 ? `; closest names: ${suggestions.join(', ')}` : '';
  throw new NotFoundError(`no actor named ${JSON.stringify(name.text)}${hint}`, name.text);
}

function nodesOf(entries: readonly NameEntry[]): string[] {
  return [...new Set(entries.map((entry) => entry.node))];
}

function ambiguous(loaded: LoadedGraph, query: string, name: NameAt, nodes: string[]): InvalidQueryError {
  const { graph } = loaded;
  const ranked = nodes.sort((a, b) => loaded.degree(b) - loaded.degree(a) || (a < b ? -1 : 1));
  const listed = ranked.slice(0, CANDIDATES_SHOWN).map((node) => `${graph.getNodeAttribute(node, 'label')} (${graph.getNodeAttribute(node, 'type')})`);
  const more = ranked.length > CANDIDATES_SHOWN ? ` and ${ranked.length - CANDIDATES_SHOWN} more` : '';
  return new InvalidQueryError(query, name.position, `${JSON.stringify(name.text)} could be ${listed.join(', ')}${more}; type more of the name, or quote it`);
}

/** Names that start like the query, else names (or words of names) a few edits away: those found before the budget ends. */
function* closestNames(loaded: LoadedGraph, index: readonly NameEntry[], wanted: string, clock: QueryClock): Steps<string[]> {
  const byPrefix = searchActors(loaded, wanted, CANDIDATES_SHOWN).map((hit) => hit.label);
  if (byPrefix.length > 0) return byPrefix;
  const limit = Math.max(1, Math.min(3, Math.floor(wanted.length / 3)));
  const scored = new Map<string, number>();
  for (const entry of index) {
    if (clock.tick()) {
      yield;
      if (clock.expired()) break;
    }
    const distance = Math.min(editDistance(wanted, entry.normal, limit), ...entry.words.map((word) => editDistance(wanted, word, limit)));
    if (distance > limit) continue;
    const label = loaded.graph.getNodeAttribute(entry.node, 'label');
    scored.set(label, Math.min(scored.get(label) ?? Infinity, distance));
  }
  return [...scored].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CANDIDATES_SHOWN).map(([label]) => label);
}
