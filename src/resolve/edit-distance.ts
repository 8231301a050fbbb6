/** Whether two words are at most one insertion, deletion or substitution apart, without filling a matrix. */

export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  // past the first difference the rest must match after skipping one letter of the longer word,
  // or one letter of each when the lengths are equal
  const skip = short.length === long.length ? 1 : 0;
  return short.slice(k + skip) === long.slice(k + 1);
}
