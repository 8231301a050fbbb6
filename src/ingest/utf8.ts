/** Decodes bytes as UTF-8, refusing invalid input and saying at which byte it goes wrong. */

/** Fatal, so a bad byte is an error rather than a silent U+FFFD in the graph. */
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text, or a problem such as `not valid UTF-8 at byte 120` (0-based offset, as hex dumps count). */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    return { problem: at === undefined ? 'not valid UTF-8' : `not valid UTF-8 at byte ${at}` };
  }
}

/**
 * Where the first invalid sequence starts. TextDecoder does not say, so this walks the bytes by the
 * rules of RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no cut-off sequences.
 */
function firstInvalidUtf8Byte(bytes: Uint8Array): number | undefined {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) return index;
    let [low, high] = secondByteRange(lead);
    for (let offset = 1; offset < length; offset++) {
      const next = bytes[index + offset];
      if (next === undefined || next < low || next > high) return index;
      [low, high] = [0x80, 0xbf];
    }
    index += length;
  }
  return undefined;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The lead bytes that could start an overlong form, a surrogate or a code point past U+10FFFF narrow the next byte. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}
