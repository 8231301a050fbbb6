/** A node's label: its most frequent name, the longer and then the alphabetically first on a tie. */

export function chooseLabel(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (best === undefined || isBetter(name, count, best, bestCount)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

function isBetter(name: string, count: number, best: string, bestCount: number): boolean {
  if (count !== bestCount) return count > bestCount;
  if (name.length !== best.length) return name.length > best.length;
  return name < best; // code-unit order: the same on every machine, unlike localeCompare
}
