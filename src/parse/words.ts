/** Per-word hashes the feature templates read: lowercase form, form, prefixes, suffixes, shape and flags. */
import { hashText, mix, finish } from './hash.js';

export interface WordInfo {
  lower: Int32Array;
  form: Int32Array;
  /** `prefix[k - 1]`, `suffix[k - 1]`: hash of the first / last k letters of the lowercase form. */
  prefix: Int32Array[];
  suffix: Int32Array[];
  shape: Int32Array;
  flags: Int32Array;
}

export const AFFIX_LENGTHS = 4;

const FLAG_DIGIT = 1;
const FLAG_HYPHEN = 2;
const FLAG_TITLE = 4;
const FLAG_UPPER = 8;
const FLAG_PERIOD = 16;
const FLAG_LETTER = 32;

export function analyseWords(words: readonly string[]): WordInfo {
  const n = words.length;
  const info: WordInfo = {
    lower: new Int32Array(n),
    form: new Int32Array(n),
    prefix: Array.from({ length: AFFIX_LENGTHS }, () => new Int32Array(n)),
    suffix: Array.from({ length: AFFIX_LENGTHS }, () => new Int32Array(n)),
    shape: new Int32Array(n),
    flags: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = words[i] ?? '';
    const lower = form.toLowerCase();
    info.lower[i] = hashText(lower);
    info.form[i] = hashText(form);
    for (let k = 1; k <= AFFIX_LENGTHS; k++) {
      // A word shorter than k gets the whole word marked as such, not a shorter affix.
      const short = lower.length < k ? 0x5bd1e995 : 0;
      info.prefix[k - 1]![i] = hashText(lower, 0, Math.min(k, lower.length)) ^ short;
      info.suffix[k - 1]![i] = hashText(lower, Math.max(0, lower.length - k)) ^ short;
    }
    info.shape[i] = shapeHash(form);
    info.flags[i] = flagsOf(form);
  }
  return info;
}

/** `Obama` → Xx, `1,000` → d,d, `COVID-19` → X-d: letter classes with runs collapsed, hashed. */
function shapeHash(form: string): number {
  let h = 0x2545f491;
  let last = -1;
  for (let i = 0; i < form.length && i < 40; i++) {
    const c = form.charCodeAt(i);
    let kind: number;
    if (c >= 48 && c <= 57) kind = 100;
    else if (c >= 65 && c <= 90) kind = 101;
    else if (c >= 97 && c <= 122) kind = 102;
    else if (c > 127 && form[i]!.toLowerCase() !== form[i]!.toUpperCase()) kind = form[i] === form[i]!.toUpperCase() ? 101 : 102;
    else kind = c;
    if (kind === last) continue;
    h = mix(h, kind);
    last = kind;
  }
  return finish(h);
}

function flagsOf(form: string): number {
  let flags = 0;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < form.length; i++) {
    const ch = form[i]!;
    const c = form.charCodeAt(i);
    if (c >= 48 && c <= 57) flags |= FLAG_DIGIT;
    else if (ch === '-') flags |= FLAG_HYPHEN;
    else if (ch === '.') flags |= FLAG_PERIOD;
    else if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  if (letters > 0) flags |= FLAG_LETTER;
  const first = form[0] ?? '';
  if (first !== first.toLowerCase()) flags |= FLAG_TITLE;
  if (letters > 1 && upper === letters) flags |= FLAG_UPPER;
  return flags;
}
