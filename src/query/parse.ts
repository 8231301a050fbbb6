/** Parses the console language (see `help.ts`) into a command and its filters; errors say what was expected and where. */
import { InvalidQueryError } from '../errors/index.js';
import { isCalendarDay } from '../graph/document-day.js';
import type { EntityType } from '../types.js';
import type { Command, ConceptPassage, Filters, ParsedQuery } from './ast.js';
import type { NameAt } from './resolve-actor.js';
import { tokenize, type Token } from './tokens.js';

const COMMANDS = ['help', 'path', 'paths', 'neighbors', 'edges', 'find', 'show'];
const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'concept'];
/** Words that end a name and start an option; a name holding one must be quoted. */
const OPTION_WORDS = new Set(['depth', 'type', 'min', 'via', 'since', 'until']);
export const MAX_DEPTH = 4;
export const MAX_K = 50;
export const MAX_PATH_LENGTH = 10;
export const DEFAULT_K = 5;
export const DEFAULT_PATH_LENGTH = 6;
/** Words that end a name inside one command only. */
const PATHS_WORDS = new Set(['k', 'max']);
const EDGES_WORDS = new Set(['from', 'rel', 'to']);

export function parseQuery(query: string): ParsedQuery {
  return new Parser(query).parse();
}

/** A word that can go on a name: not an option word, and not punctuation alone such as a mistyped `=>` (`&` is fine). */
function continuesName(token: Token, stopWords: ReadonlySet<string>): boolean {
  const word = token.text.toLowerCase();
  return token.kind === 'word' && !OPTION_WORDS.has(word) && !stopWords.has(word) && (/[\p{L}\p{N}]/u.test(token.text) || token.text === '&');
}

class Parser {
  readonly #query: string;
  readonly #tokens: Token[];
  #at = 0;

  constructor(query: string) {
    this.#query = query;
    this.#tokens = tokenize(query);
  }

  parse(): ParsedQuery {
    const first = this.#next();
    if (first === undefined) throw this.#error(0, `expected a command (${COMMANDS.join(', ')})`);
    const word = first.text.toLowerCase();
    const command = this.#command(word, first);
    const filters = this.#filters();
    return { command, filters };
  }

  #command(word: string, first: Token): Command {
    switch (word) {
      case 'help':
        return { kind: 'help' };
      case 'path': {
        const { from, to, directed } = this.#ends(word);
        return { kind: 'path', from, to, directed };
      }
      case 'paths': {
        const { from, to, directed } = this.#ends(word, PATHS_WORDS);
        let k = DEFAULT_K;
        let maxLength = DEFAULT_PATH_LENGTH;
        for (;;) {
          if (this.#peekWord('k')) {
            this.#next();
            k = this.#count('k', 1, MAX_K);
          } else if (this.#peekWord('max')) {
            this.#next();
            maxLength = this.#count('max', 1, MAX_PATH_LENGTH);
          } else {
            return { kind: 'paths', from, to, directed, k, maxLength };
          }
        }
      }
      case 'edges':
        return this.#edgePattern();
      case 'neighbors':
      case 'neighbours': {
        const actor = this.#name('an actor\'s name after "neighbors"');
        let depth = 1;
        if (this.#peekWord('depth')) {
          this.#next();
          depth = this.#count('depth', 1, MAX_DEPTH);
        }
        return { kind: 'neighbors', actor, depth };
      }
      case 'find':
        return { kind: 'find', text: this.#name('a name, or the start of one, after "find"').text };
      case 'show':
        return { kind: 'show', actor: this.#name('an actor\'s name after "show"') };
      default:
        throw this.#error(first.position, `unknown command ${JSON.stringify(first.text)}; expected one of ${COMMANDS.join(', ')}`);
    }
  }

  /** `A -> B` or `A -- B`. */
  #ends(command: string, stopWords: ReadonlySet<string> = new Set()): { from: NameAt; to: NameAt; directed: boolean } {
    const from = this.#name(`an actor's name after "${command}"`, stopWords);
    const arrow = this.#next();
    if (arrow?.kind !== 'arrow' || arrow.text === '<-') {
      throw this.#error(arrow?.position ?? this.#query.length, 'expected "->" (following edge direction) or "--" (either direction) between the two names');
    }
    const to = this.#name(`an actor's name after "${arrow.text}"`, stopWords);
    return { from, to, directed: arrow.text === '->' };
  }

  /** `edges from A rel ask to B`, every part optional, in that order. */
  #edgePattern(): Command {
    const pattern: { kind: 'edges'; from?: NameAt; relation?: string; to?: NameAt } = { kind: 'edges' };
    if (this.#peekWord('from')) {
      this.#next();
      pattern.from = this.#name('an actor\'s name after "from"', EDGES_WORDS);
    }
    if (this.#peekWord('rel')) {
      this.#next();
      const token = this.#next();
      if (token === undefined || (token.kind !== 'word' && token.kind !== 'quoted') || token.text.trim() === '') {
        throw this.#error(token?.position ?? this.#query.length, 'expected a relation after "rel" (a verb such as ask, or "wrote to" in quotes)');
      }
      pattern.relation = token.text.trim().toLowerCase();
    }
    if (this.#peekWord('to')) {
      this.#next();
      pattern.to = this.#name('an actor\'s name after "to"', EDGES_WORDS);
    }
    return pattern;
  }

  #filters(): Filters {
    const filters: Filters = { hideHedged: false, hideNegated: false };
    for (let token = this.#next(); token !== undefined; token = this.#next()) {
      const word = token.text.toLowerCase();
      if (token.kind === 'flag' && word === '-hedged') filters.hideHedged = true;
      else if (token.kind === 'flag' && word === '-negated') filters.hideNegated = true;
      else if (token.kind === 'flag' && word === '-resolved') filters.hideResolved = true;
      else if (token.kind === 'word' && word === 'type') filters.types = [...(filters.types ?? []), ...this.#types()];
      else if (token.kind === 'word' && word === 'min') filters.minEvidence = this.#count('min', 1, Number.MAX_SAFE_INTEGER);
      else if (token.kind === 'word' && word === 'via') filters.via = [...(filters.via ?? []), ...this.#relations()];
      else if (token.kind === 'word' && (word === 'since' || word === 'until')) this.#dateBound(token, word, filters);
      else if (word === '-concepts' || word === '+concepts') filters.concepts = this.#conceptPassage(token, filters);
      else if (/^[-+]concept/u.test(word)) throw this.#error(token.position, `unexpected ${JSON.stringify(token.text)}; expected -concepts (no concept on the way) or +concepts (any concept on the way)`);
      else throw this.#error(token.position, `unexpected ${JSON.stringify(token.text)}; expected a filter (-hedged, -negated, -resolved, type T, min N, via RELATION, since DATE, until DATE, -concepts, +concepts) or the end`);
    }
    return filters;
  }

  /** A quoted name, or the words up to an arrow, a filter, an option word or one of `stopWords`. */
  #name(expected: string, stopWords: ReadonlySet<string> = new Set()): NameAt {
    const first = this.#tokens[this.#at];
    if (first === undefined || first.kind === 'arrow' || first.kind === 'flag' || (first.kind === 'word' && !continuesName(first, stopWords))) {
      throw this.#error(first?.position ?? this.#query.length, `expected ${expected}`);
    }
    this.#at++;
    if (first.kind === 'quoted') {
      if (first.text.trim() === '') throw this.#error(first.position, `expected ${expected}, found an empty quoted name`);
      return { text: first.text, position: first.position };
    }
    let end = first.position + first.text.length;
    for (let token = this.#tokens[this.#at]; token !== undefined && continuesName(token, stopWords); token = this.#tokens[this.#at]) {
      end = token.position + token.text.length;
      this.#at++;
    }
    return { text: this.#query.slice(first.position, end), position: first.position };
  }

  #count(option: string, min: number, max: number): number {
    const token = this.#next();
    const value = Number(token?.text);
    if (token === undefined || !/^\d+$/.test(token.text) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
      throw this.#error(token?.position ?? this.#query.length, `expected a whole number ${range} after "${option}"`);
    }
    return value;
  }

  #types(): EntityType[] {
    const token = this.#next();
    const types = token?.text.toLowerCase().split(',') ?? [];
    const unknown = types.find((type) => !ENTITY_TYPES.includes(type as EntityType));
    if (token === undefined || unknown !== undefined) {
      throw this.#error(token?.position ?? this.#query.length, `expected a type after "type" (${ENTITY_TYPES.join(', ')}; several with commas)`);
    }
    return types as EntityType[];
  }

  /** `ask`, `ask,write`, `"wrote to"`, or a list mixing them: `ask,"wrote to"`. */
  #relations(): string[] {
    const relations: string[] = [];
    let token = this.#next();
    for (;;) {
      if (token === undefined || token.kind === 'flag' || token.kind === 'arrow') {
        throw this.#error(token?.position ?? this.#query.length, 'expected a relation after "via" (a verb such as ask, or "wrote to" in quotes; several with commas)');
      }
      relations.push(...token.text.toLowerCase().split(',').map((relation) => relation.trim()).filter((relation) => relation !== ''));
      if (!token.text.endsWith(',')) return relations;
      token = this.#next();
    }
  }

  /** `since 2020-01-01` or `until 2020-06-30`: each once, a real day, and never a range with no day in it. */
  #dateBound(option: Token, word: 'since' | 'until', filters: Filters): void {
    const token = this.#next();
    const day = token === undefined ? undefined : /^(\d{4})-(\d{2})-(\d{2})$/u.exec(token.text);
    if (token === undefined || day === null || day === undefined) {
      throw this.#error(token?.position ?? this.#query.length, `expected a date after "${word}", written YYYY-MM-DD (${word} 2020-01-01)`);
    }
    if (!isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3]))) {
      throw this.#error(token.position, `${JSON.stringify(token.text)} after "${word}" is not a day of the calendar`);
    }
    if (filters[word] !== undefined) throw this.#error(option.position, `"${word}" is given twice; give one date`);
    filters[word] = token.text;
    if (filters.since !== undefined && filters.until !== undefined && filters.since > filters.until) {
      throw this.#error(token.position, `until ${filters.until} is before since ${filters.since}: no day is in that range`);
    }
  }

  /** `-concepts` or `+concepts`, once: the two contradict each other. */
  #conceptPassage(token: Token, filters: Filters): ConceptPassage {
    const passage: ConceptPassage = token.text.startsWith('-') ? 'none' : 'any';
    if (filters.concepts !== undefined && filters.concepts !== passage) {
      throw this.#error(token.position, `unexpected ${JSON.stringify(token.text)}: -concepts and +concepts cannot be asked together`);
    }
    return passage;
  }

  #peekWord(word: string): boolean {
    const token = this.#tokens[this.#at];
    return token?.kind === 'word' && token.text.toLowerCase() === word;
  }

  #next(): Token | undefined {
    return this.#tokens[this.#at++];
  }

  #error(position: number, problem: string): InvalidQueryError {
    return new InvalidQueryError(this.#query, position, problem);
  }
}
