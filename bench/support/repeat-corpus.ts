/** The corpus repeated, for benchmarks at scale: copies of every article under ids of their own. */

/** Copies of every article whose text ends with a line naming the copy, so each has an id of its own. */
export function repeatWithFreshIds(jsonl: string, copies: number): string {
  const lines = jsonl.split('\n').filter((line) => line.trim() !== '');
  const out: string[] = [];
  for (let copy = 1; copy <= copies; copy++) {
    for (const line of lines) {
      const record = JSON.parse(line) as { id?: string; text: string };
      out.push(JSON.stringify({ ...record, id: `${record.id ?? ''}-copy-${copy}`, text: `${record.text}\n\nCopy ${copy}.` }));
    }
  }
  return `${out.join('\n')}\n`;
}
