/** The area under a curve as sklearn.metrics.auc computes it: trapezoids over x, which must be monotonic. */

/**
 * numpy's pairwise summation (add.reduce on a contiguous float array), so the AUC agrees with carb.py
 * to the last bit rather than to rounding error.
 */
function pairwiseSum(values: readonly number[], start: number, count: number): number {
  if (count < 8) {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += values[start + i]!;
    return sum;
  }
  if (count <= 128) {
    const partial = values.slice(start, start + 8);
    let i = 8;
    for (; i < count - (count % 8); i += 8) for (let j = 0; j < 8; j++) partial[j]! += values[start + i + j]!;
    const [a, b, c, d, e, f, g, h] = partial as [number, number, number, number, number, number, number, number];
    let sum = ((a + b) + (c + d)) + ((e + f) + (g + h));
    for (; i < count; i++) sum += values[start + i]!;
    return sum;
  }
  let half = Math.floor(count / 2);
  half -= half % 8;
  return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, count - half);
}

/** np.trapz(y, x): Σ (x[i+1] − x[i]) · (y[i+1] + y[i]) / 2. */
function trapezoids(x: readonly number[], y: readonly number[]): number {
  const areas: number[] = [];
  for (let i = 1; i < x.length; i++) areas.push(((x[i]! - x[i - 1]!) * (y[i]! + y[i - 1]!)) / 2);
  return pairwiseSum(areas, 0, areas.length);
}

export function areaUnderCurve(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new Error(`carb: auc needs as many x as y values, got ${x.length} and ${y.length}`);
  let falls = false;
  let rises = false;
  for (let i = 1; i < x.length; i++) {
    if (x[i]! < x[i - 1]!) falls = true;
    if (x[i]! > x[i - 1]!) rises = true;
  }
  if (!falls) return trapezoids(x, y);
  // A falling x (CaRB's recall over rising thresholds) gives a negative integral, which sklearn flips.
  if (!rises) return -trapezoids(x, y);
  // sklearn raises here; CaRB's recall cannot rise with the threshold, so sort (stably) by x instead of failing.
  const order = x.map((_, i) => i).sort((a, b) => x[a]! - x[b]!);
  return trapezoids(order.map((i) => x[i]!), order.map((i) => y[i]!));
}
