/** The tags each training word was seen with (a bit mask over UPOS), looked up by lowercase-form hash. */

export class TagDictionary {
  readonly keys: Uint32Array;
  readonly masks: Uint32Array;
  private readonly table: Uint32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array, masks: Uint32Array) {
    if (keys.length !== masks.length) throw new Error('tag dictionary: keys and masks differ in length');
    this.keys = keys;
    this.masks = masks;
    let slots = 16;
    while (slots < keys.length * 2) slots *= 2;
    this.mask = slots - 1;
    this.table = new Uint32Array(slots * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]! || 1;
      let slot = key & this.mask;
      while (this.table[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = key;
      this.table[slot * 2 + 1] = masks[i]!;
    }
  }

  /** Bit mask of tags for a lowercase-form hash; 0 for a word not seen often enough. */
  lookup(hash: number): number {
    const key = hash >>> 0 || 1;
    let slot = key & this.mask;
    for (;;) {
      const k = this.table[slot * 2]!;
      if (k === key) return this.table[slot * 2 + 1]!;
      if (k === 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }
}
