/** Restricts the gold to one domain of the dev set (newswire or wiki) using our domain.tsv. */
import { InputError } from '../../src/errors/index.js';
import { fileLines, sentenceKey } from './normalise.js';
import type { BySentence } from './types.js';

export const DOMAINS = ['newswire', 'wiki'] as const;
export type Domain = (typeof DOMAINS)[number];

/** domain.tsv holds `line<TAB>domain` under a header, `line` being 1-based in dev.txt. */
export function domainKeys(devText: string, domainTsv: string, domain: Domain, input = 'domain.tsv'): Set<string> {
  const sentences = fileLines(devText);
  const keys = new Set<string>();
  for (const [index, row] of fileLines(domainTsv).entries()) {
    if (index === 0 || row.trim() === '') continue;
    const [line, rowDomain] = row.split('\t');
    const sentence = sentences[Number(line) - 1];
    if (sentence === undefined) throw new InputError(input, `line ${JSON.stringify(line)} is not a line of dev.txt`, index + 1);
    if (rowDomain?.trim() === domain) keys.add(sentenceKey(sentence));
  }
  return keys;
}

export function restrictGold(gold: BySentence, keys: ReadonlySet<string>): BySentence {
  return new Map([...gold].filter(([key]) => keys.has(key)));
}
