/** Splits a console query into words, quoted names, arrows and `-flags` / `+flags`, each with where it starts. */
import { InvalidQueryError } from '../errors/index.js';

export type TokenKind = 'word' | 'quoted' | 'arrow' | 'flag';

export interface Token {
  kind: TokenKind;
  text: string;
  position: number;
}

const ARROWS = ['->', '--', '<-'];

export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    if (/\s/u.test(char)) {
      i++;
    } else if (char === '"' || char === "'") {
      const end = query.indexOf(char, i + 1);
      if (end < 0) throw new InvalidQueryError(query, i, `a name opened with ${char} is never closed`);
      tokens.push({ kind: 'quoted', text: query.slice(i + 1, end), position: i });
      i = end + 1;
    } else if (ARROWS.includes(query.slice(i, i + 2))) {
      tokens.push({ kind: 'arrow', text: query.slice(i, i + 2), position: i });
      i += 2;
    } else {
      const start = i;
      // a quote inside a word is an apostrophe (O'Brien); `A->B` needs no spaces
      while (i < query.length && !/[\s"]/u.test(query[i]!) && !(i > start && ARROWS.includes(query.slice(i, i + 2)))) i++;
      const text = query.slice(start, i);
      tokens.push({ kind: /^[-+]\p{L}/u.test(text) ? 'flag' : 'word', text, position: start });
    }
  }
  return tokens;
}
