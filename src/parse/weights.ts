/**
 * Frozen, quantised perceptron weights for parse time: a feature hash finds its row by linear
 * probing in one Uint32Array of (key, row place) pairs; a row is a run of (int16 weight, class) entries.
 */

const INLINE = 0x80000000;

export class Weights {
  readonly nClasses: number;
  /** Quantisation step: a stored value v means the weight v * scale. */
  readonly scale: number;
  readonly rowKeys: Uint32Array;
  readonly rowStart: Uint32Array;
  readonly cls: Uint8Array;
  readonly val: Int16Array;
  /**
   * (key, place) pairs: one probe finds a row. A place is start << 8 | count, or for a row of one
   * entry (most rows) the entry itself, flagged by the top bit, so no second memory access is needed.
   */
  private readonly table: Uint32Array;
  /** The entries again, packed as value << 8 | class, so a row is one run of one array. */
  private readonly entries: Int32Array;
  private readonly mask: number;
  /** Scratch: each feature's row place, between the two passes of `score`. */
  private places = new Uint32Array(256);

  private constructor(nClasses: number, scale: number, rowKeys: Uint32Array, rowStart: Uint32Array, cls: Uint8Array, val: Int16Array) {
    this.nClasses = nClasses;
    this.scale = scale;
    this.rowKeys = rowKeys;
    this.rowStart = rowStart;
    this.cls = cls;
    this.val = val;
    this.entries = new Int32Array(cls.length);
    for (let e = 0; e < cls.length; e++) this.entries[e] = (val[e]! << 8) | cls[e]!;
    let slots = 16;
    while (slots < rowKeys.length * 2) slots *= 2;
    this.mask = slots - 1;
    this.table = new Uint32Array(slots * 2);
    for (let row = 0; row < rowKeys.length; row++) {
      const key = rowKeys[row]!;
      let slot = key & this.mask;
      while (this.table[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = key;
      const start = rowStart[row]!;
      const count = rowStart[row + 1]! - start;
      this.table[slot * 2 + 1] = count === 1 ? (INLINE | ((val[start]! & 0xffff) << 8) | cls[start]!) >>> 0 : ((start << 8) | count) >>> 0;
    }
  }

  /** Checks the arrays agree with each other, then indexes them; `what` names the model part in errors. */
  static build(nClasses: number, scale: number, rowKeys: Uint32Array, rowStart: Uint32Array, cls: Uint8Array, val: Int16Array, what = 'weights'): Weights {
    if (rowStart.length !== rowKeys.length + 1 || rowStart[rowKeys.length] !== cls.length || cls.length !== val.length) {
      throw new Error(`${what}: row offsets do not match the entries`);
    }
    if (nClasses > 255 || cls.length >= 1 << 23) throw new Error(`${what}: too many classes or weights for this format`);
    for (let i = 0; i < cls.length; i++) if (cls[i]! >= nClasses) throw new Error(`${what}: class ${cls[i]} out of range (${nClasses} classes)`);
    for (let r = 0; r < rowKeys.length; r++) if (rowStart[r]! > rowStart[r + 1]!) throw new Error(`${what}: row ${r} ends before it starts`);
    return new Weights(nClasses, scale, rowKeys, rowStart, cls, val);
  }

  /** Integer scores (in units of `scale`) of every class for the features `features[0, n)`. */
  score(features: Uint32Array, n: number, scores: Int32Array): void {
    scores.fill(0);
    const { table, mask, entries, places } = this;
    // Two passes: the probes are independent of each other, so the CPU can overlap their cache
    // misses; only then are the rows added up.
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      let slot = key & mask;
      let k = table[slot * 2]!;
      while (k !== key && k !== 0) {
        slot = (slot + 1) & mask;
        k = table[slot * 2]!;
      }
      places[i] = k === 0 ? 0 : table[slot * 2 + 1]!;
    }
    for (let i = 0; i < n; i++) {
      const place = places[i]!;
      if (place & INLINE) {
        scores[place & 255]! += (place << 8) >> 16;
        continue;
      }
      const end = (place >>> 8) + (place & 255);
      for (let e = place >>> 8; e < end; e++) {
        const entry = entries[e]!;
        scores[entry & 255]! += entry >> 8;
      }
    }
  }

  /** A copy without the weights smaller than `threshold` (in weight units, not stored units). */
  pruned(threshold: number): Weights {
    const limit = threshold / this.scale;
    const keys: number[] = [];
    const starts: number[] = [0];
    const cls: number[] = [];
    const val: number[] = [];
    for (let row = 0; row < this.rowKeys.length; row++) {
      for (let e = this.rowStart[row]!; e < this.rowStart[row + 1]!; e++) {
        if (Math.abs(this.val[e]!) < limit) continue;
        cls.push(this.cls[e]!);
        val.push(this.val[e]!);
      }
      if (cls.length > starts[starts.length - 1]!) {
        keys.push(this.rowKeys[row]!);
        starts.push(cls.length);
      }
    }
    return Weights.build(this.nClasses, this.scale, Uint32Array.from(keys), Uint32Array.from(starts), Uint8Array.from(cls), Int16Array.from(val));
  }

  /** Number of stored non-zero weights. */
  get size(): number {
    return this.cls.length;
  }
}
