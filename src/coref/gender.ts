/** What a name says of its bearer's gender: an honorific or title, else a given name compromise knows. */
import nlp from 'compromise';
import type { Gender } from './mentions.js';

const MASCULINE_TITLES = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'duke', 'earl', 'count', 'baron', 'father', 'brother', 'uncle', 'emperor', 'sultan', 'sheikh']);
const FEMININE_TITLES = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'lady', 'dame', 'queen', 'princess', 'duchess', 'countess', 'baroness', 'sister', 'mother', 'aunt', 'empress']);

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;

/** The gender a name's words give, or undefined when they give none (`Bernard Leach` → masculine, `Leach` → none). */
export function nameGender(words: readonly string[]): Gender | undefined {
  for (const word of words) {
    const lower = word.toLowerCase();
    if (MASCULINE_TITLES.has(lower)) return 'masculine';
    if (FEMININE_TITLES.has(lower)) return 'feminine';
  }
  const tags = [lexicon[words[0]!.toLowerCase()]].flat();
  if (tags.includes('MaleName')) return 'masculine';
  if (tags.includes('FemaleName')) return 'feminine';
  return undefined;
}
