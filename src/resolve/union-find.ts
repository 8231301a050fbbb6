/** Disjoint sets of name groups: which groups have been found to name one actor. */

export class UnionFind {
  private readonly parent = new Map<string, string>();

  has(key: string): boolean {
    return this.parent.has(key);
  }

  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  find(key: string): string {
    let node = key;
    let parent = this.parent.get(node) ?? node;
    while (parent !== node) {
      const grand = this.parent.get(parent) ?? parent;
      this.parent.set(node, grand); // path halving keeps later finds short
      node = grand;
      parent = this.parent.get(node) ?? node;
    }
    return node;
  }

  /** The smaller key becomes the root, so roots do not depend on the order of unions. */
  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    if (rootA < rootB) this.parent.set(rootB, rootA);
    else this.parent.set(rootA, rootB);
  }
}
