/** Coreference: a parsed document in, its people and the pronouns that stand for them out. */
export { resolveCoreference, type Coreference, type CorefEntity, type PronounLink } from './resolve.js';
export type { CorefMention, Gender, PronounCase } from './mentions.js';
