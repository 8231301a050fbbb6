/** How much one input may hold before kg refuses it, and how that size is shown to the user. */

/** Files (and JSONL lines) above this are refused before they are read, so memory stays bounded. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

const KB = 1024;
const MB = 1024 * KB;

/** `50 MB`, `1.5 MB`, `300 KB`, `12 bytes`: one decimal at most, none when it is whole. */
export function describeSize(bytes: number): string {
  if (bytes >= MB) return `${round(bytes / MB)} MB`;
  if (bytes >= KB) return `${round(bytes / KB)} KB`;
  return `${bytes} bytes`;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** What to tell the user when a whole-file format is over the limit. */
export function tooLargeProblem(size: string, limitBytes: number): string {
  return `too large: ${size} (limit ${describeSize(limitBytes)}); split it or convert it to JSONL`;
}
