/** A sentence's dependency tree over its tokens: heads, labels and children, with the walks the readers need. */
import type { Token } from './token.js';

export class DependencyTree {
  /** Per token: the index of its head, or -1 for the root. */
  readonly heads: Int32Array;
  /** Per token: its UD relation to the head, with subtype (`nsubj:pass`, `acl:relcl`). */
  readonly labels: readonly string[];
  /** Per token: the parser's universal part of speech. */
  readonly upos: readonly string[];
  private readonly children: number[][];
  private readonly bases: readonly string[];

  /** `heads` as the parser gives them: 0 for the root, else the head's 1-based index. */
  constructor(readonly tokens: readonly Token[], parserHeads: ArrayLike<number>, labels: readonly string[], upos: readonly string[]) {
    this.heads = Int32Array.from({ length: tokens.length }, (_, i) => (parserHeads[i] ?? 0) - 1);
    this.labels = labels;
    this.upos = upos;
    this.bases = labels.map((label) => label.split(':')[0]!);
    this.children = tokens.map(() => []);
    this.heads.forEach((head, i) => {
      if (head >= 0) this.children[head]!.push(i);
    });
  }

  label(i: number): string {
    return this.labels[i] ?? 'dep';
  }

  /** The relation without its subtype: `nsubj:pass` → `nsubj`. */
  base(i: number): string {
    return this.bases[i] ?? 'dep';
  }

  head(i: number): number {
    return this.heads[i] ?? -1;
  }

  /** Children of `i` in order, or only those whose label (or its base) is one of `labels`. */
  childrenOf(i: number, ...labels: string[]): number[] {
    const all = this.children[i] ?? [];
    if (labels.length === 0) return all;
    return all.filter((c) => labels.includes(this.label(c)) || labels.includes(this.base(c)));
  }

  child(i: number, ...labels: string[]): number | undefined {
    return this.childrenOf(i, ...labels)[0];
  }

  /** Token indices of the subtree at `i`, in order, leaving out the subtrees of children `skip` accepts. */
  subtree(i: number, skip: (child: number) => boolean = () => false): number[] {
    const out: number[] = [];
    const visit = (k: number): void => {
      out.push(k);
      for (const c of this.children[k] ?? []) if (!skip(c)) visit(c);
    };
    visit(i);
    return out.sort((a, b) => a - b);
  }

  /**
   * Of `indices` (sorted, holding `around`), the run without gaps that contains `around`, trimmed of
   * punctuation at its edges: the words an argument spans once a skipped clause leaves a hole.
   */
  span(indices: number[], around: number): Token[] {
    const at = indices.indexOf(around);
    if (at < 0) return [];
    let from = at;
    let to = at;
    while (from > 0 && indices[from - 1] === indices[from]! - 1) from--;
    while (to < indices.length - 1 && indices[to + 1] === indices[to]! + 1) to++;
    let first = indices[from]!;
    let last = indices[to]!;
    while (first < around && this.isPunctuation(first)) first++;
    while (last > around && this.isPunctuation(last)) last--;
    return this.tokens.slice(first, last + 1);
  }

  /** `re-designated`, split by the tokeniser into `re` `-` `designated`: every token of the word that holds `i`. */
  wholeWord(i: number): Token[] {
    let from = i;
    let to = i;
    const glued = (a: number, b: number): boolean =>
      this.tokens[a]!.end === this.tokens[b]!.start && (this.tokens[a]!.pos === 'HYPH' || this.tokens[b]!.pos === 'HYPH');
    while (from > 0 && glued(from - 1, from)) from--;
    while (to < this.tokens.length - 1 && glued(to, to + 1)) to++;
    return this.tokens.slice(from, to + 1);
  }

  /** The preposition written before the noun at `i` (`to` of `to Ghani`); a possessive `'s` is none. */
  caseWord(i: number): Token | undefined {
    const c = this.childrenOf(i, 'case').find((k) => k < i && this.tokens[k]!.pos !== 'POSS');
    return c === undefined ? undefined : this.tokens[c];
  }

  /** Whether the subtree of `i` opens with a word that passes `by`, or follows one (`, making his debut`). */
  setOff(i: number, by: (k: number) => boolean): boolean {
    const first = this.subtree(i)[0]!;
    return by(first) || (first > 0 && by(first - 1));
  }

  isPunctuation(i: number): boolean {
    return this.upos[i] === 'PUNCT' || this.label(i) === 'punct';
  }
}
