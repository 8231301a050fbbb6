/**
 * The view the page shows, as the parameters its URL carries (web/src/view-params.ts writes them):
 * the scope (the actor overview, or everything with `concepts=1`), the node brought into focus and
 * the nodes expanded or lit, hidden types, hidden evidence, the one relation kept, and the date range
 * (`since`, `until`: web/src/date-range.ts). The server reads the same parameters to export "the
 * current view", with the console's own filters.
 */
import { RequestError } from '../errors/index.js';
import { documentDay } from '../graph/document-day.js';
import type { Filters } from '../query/ast.js';
import type { EntityType } from '../types.js';

export interface SharedView {
  /** Everything, not just the actor overview. */
  concepts: boolean;
  /** Nodes in view besides the scope: the selected one with its neighbours (`focus`), and those expanded or lit (`also`). */
  focus: string | null;
  also: string[];
  filters: Filters;
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'concept'];
const EVIDENCE = ['hedged', 'negated', 'resolved'] as const;

type Params = Record<string, unknown>;

/** Reads the parameters from an HTTP query; a value kg does not know is a RequestError naming it. */
export function sharedViewOf(query: Params): SharedView {
  const text = (name: string): string => {
    const value = query[name];
    if (value === undefined) return '';
    if (typeof value !== 'string') throw new RequestError(`the query parameter "${name}" is given more than once`, name);
    return value.trim();
  };
  const list = (name: string): string[] => text(name).split(',').map((part) => part.trim()).filter((part) => part !== '');
  const concepts = text('concepts');
  if (concepts !== '' && concepts !== '1') throw new RequestError(`concepts=${concepts}: concepts takes 1 (everything) or is left out (the actor overview)`, 'concepts');
  const hidden = list('hide');
  const unknownType = hidden.find((type) => !(TYPES as string[]).includes(type));
  if (unknownType !== undefined) throw new RequestError(`hide=${unknownType}: not a type; the types are ${TYPES.join(', ')}`, 'hide');
  const without = list('without');
  const unknownFlag = without.find((flag) => !(EVIDENCE as readonly string[]).includes(flag));
  if (unknownFlag !== undefined) throw new RequestError(`without=${unknownFlag}: evidence is hidden as ${EVIDENCE.join(', ')}`, 'without');
  const relation = text('relation').toLowerCase();
  const filters: Filters = { hideHedged: without.includes('hedged'), hideNegated: without.includes('negated'), hideResolved: without.includes('resolved') };
  if (hidden.length > 0) filters.types = TYPES.filter((type) => !hidden.includes(type));
  if (relation !== '') filters.via = [relation];
  for (const bound of ['since', 'until'] as const) {
    const day = text(bound);
    if (day === '') continue;
    if (documentDay(day) !== day) throw new RequestError(`${bound}=${day}: ${bound} takes a day written YYYY-MM-DD (${bound}=2020-01-01)`, bound);
    filters[bound] = day;
  }
  const focus = text('focus');
  return { concepts: concepts === '1', focus: focus === '' ? null : focus, also: list('also'), filters };
}
