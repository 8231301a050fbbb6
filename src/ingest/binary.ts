/** Tells text from binary data by looking at the first few kilobytes, as `file` and git do. */

/** How much of the start of an input is looked at. */
export const SNIFF_BYTES = 8 * 1024;

/** Above this share of control characters the input is taken as binary. */
const CONTROL_SHARE = 0.1;

/** Tab, line feed, vertical tab, form feed, carriage return and escape all occur in real text. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

/** Why the input is not text, or undefined when it looks like text. */
export function binaryProblem(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (looksLikeUtf16(head)) return 'binary file, not text (it looks like UTF-16: save it as UTF-8)';
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return 'binary file, not text';
    if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f) controls++;
  }
  return head.length > 0 && controls / head.length > CONTROL_SHARE ? 'binary file, not text' : undefined;
}

/** Windows tools often save "Unicode" text as UTF-16 with a byte-order mark; say so rather than just "binary". */
function looksLikeUtf16(head: Uint8Array): boolean {
  const [first, second] = head;
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}
