/** The checksum a store ends with: SHA-256 over every byte of the file before its checksum line. */
import { createHash, type Hash } from 'node:crypto';

/**
 * The last line of a store: `"checksum":"sha256:…"}`. Being a key of the top-level object keeps the
 * file one JSON document that any JSON tool still reads, and being last means a store cut short
 * anywhere has lost it.
 */
const CHECKSUM_LINE = /^"checksum":"sha256:([0-9a-f]{64})"}$/;

export function startChecksum(): Hash {
  return createHash('sha256');
}

export function checksumLine(hash: Hash): string {
  return `"checksum":"sha256:${hash.digest('hex')}"}\n`;
}

/** The hex digest a line (without its newline) holds, when it is a checksum line. */
export function checksumIn(line: string): string | undefined {
  return CHECKSUM_LINE.exec(line)?.[1];
}

/** Passes a store's text through, then adds its checksum line; for writers that make the text as pieces. */
export function* withChecksum(pieces: Iterable<string>): Generator<string> {
  const hash = startChecksum();
  for (const piece of pieces) {
    hash.update(piece, 'utf8');
    yield piece;
  }
  yield checksumLine(hash);
}
