/**
 * The averaged perceptron used while training: sparse per-feature rows of (class, weight) kept in
 * pooled typed arrays, averaged by Daumé's trick (avg = w - u / c), then frozen into `Weights`.
 */
import { Weights } from './weights.js';

const EMPTY = 0;

export class AveragedPerceptron {
  readonly nClasses: number;
  /** Open-addressing table: feature hash → first entry of its chain (-1: none yet). */
  private keys: Uint32Array;
  private heads: Int32Array;
  private used = 0;
  // One entry per (feature, class) ever updated; entries of a feature are chained through `next`.
  private cls: Uint16Array;
  private w: Int32Array;
  private u: Float64Array;
  private next: Int32Array;
  private size = 0;
  /** Instances seen so far (+1), the clock of the averaging. */
  private clock = 1;

  constructor(nClasses: number, initialFeatures = 1 << 16) {
    this.nClasses = nClasses;
    this.keys = new Uint32Array(initialFeatures * 2);
    this.heads = new Int32Array(initialFeatures * 2).fill(-1);
    const entries = initialFeatures * 2;
    this.cls = new Uint16Array(entries);
    this.w = new Int32Array(entries);
    this.u = new Float64Array(entries);
    this.next = new Int32Array(entries);
  }

  /** Adds the current weights of `features[0, n)` into `scores` (which it clears first). */
  score(features: Uint32Array, n: number, scores: Float64Array): void {
    scores.fill(0);
    const { keys, heads, cls, w } = this;
    const mask = keys.length - 1;
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      let slot = key & mask;
      let k = keys[slot]!;
      while (k !== key && k !== EMPTY) {
        slot = (slot + 1) & mask;
        k = keys[slot]!;
      }
      if (k === EMPTY) continue;
      for (let e = heads[slot]!; e !== -1; e = this.next[e]!) scores[cls[e]!]! += w[e]!;
    }
  }

  /** The perceptron step: +1 for `truth`, -1 for `guess` on every feature of the instance. */
  update(features: Uint32Array, n: number, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let i = 0; i < n; i++) {
      const slot = this.slotFor(features[i]!);
      this.bump(slot, truth, 1);
      this.bump(slot, guess, -1);
    }
  }

  /** Advances the averaging clock; call once per decision, updated or not. */
  tick(): void {
    this.clock++;
  }

  /** Number of features that have a row. */
  get featureCount(): number {
    return this.used;
  }

  /** Averaged weights with |w| < `prune` dropped, quantised to int16 with one scale. */
  freeze(prune: number): Weights {
    const { keys, heads, cls, w, u, next, clock } = this;
    let maxAbs = 0;
    for (let e = 0; e < this.size; e++) maxAbs = Math.max(maxAbs, Math.abs(w[e]! - u[e]! / clock));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const rowKeys: number[] = [];
    const rowStart: number[] = [0];
    const outCls: number[] = [];
    const outVal: number[] = [];
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] === EMPTY) continue;
      const before = outCls.length;
      // Chains are newest-first; classes are written in ascending order so equal models give equal bytes.
      const row: [number, number][] = [];
      for (let e = heads[slot]!; e !== -1; e = next[e]!) {
        const avg = w[e]! - u[e]! / clock;
        if (Math.abs(avg) < prune) continue;
        const q = Math.round(avg / scale);
        if (q !== 0) row.push([cls[e]!, q]);
      }
      row.sort((a, b) => a[0] - b[0]);
      for (const [c, q] of row) {
        outCls.push(c);
        outVal.push(q);
      }
      if (outCls.length > before) {
        rowKeys.push(keys[slot]!);
        rowStart.push(outCls.length);
      }
    }
    return Weights.build(this.nClasses, scale, Uint32Array.from(rowKeys), Uint32Array.from(rowStart), Uint8Array.from(outCls), Int16Array.from(outVal));
  }

  private bump(slot: number, c: number, delta: number): void {
    let e = this.heads[slot]!;
    while (e !== -1 && this.cls[e] !== c) e = this.next[e]!;
    if (e === -1) {
      if (this.size === this.cls.length) this.growEntries();
      e = this.size++;
      this.cls[e] = c;
      this.next[e] = this.heads[slot]!;
      this.heads[slot] = e;
    }
    this.w[e]! += delta;
    this.u[e]! += this.clock * delta;
  }

  private slotFor(key: number): number {
    let mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.keys[slot] !== key && this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    if (this.keys[slot] === key) return slot;
    if ((this.used + 1) * 2 > this.keys.length) {
      this.growTable();
      mask = this.keys.length - 1;
      slot = key & mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    }
    this.keys[slot] = key;
    this.used++;
    return slot;
  }

  private growTable(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s]!;
      if (key === EMPTY) continue;
      let slot = key & mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.heads[slot] = oldHeads[s]!;
    }
  }

  private growEntries(): void {
    const n = this.cls.length * 2;
    const cls = new Uint16Array(n);
    cls.set(this.cls);
    this.cls = cls;
    const w = new Int32Array(n);
    w.set(this.w);
    this.w = w;
    const u = new Float64Array(n);
    u.set(this.u);
    this.u = u;
    const next = new Int32Array(n);
    next.set(this.next);
    this.next = next;
  }
}
