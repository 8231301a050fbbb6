/** Checks that a whole input (a `.txt`, `.md` or `.html` file, or stdin) is UTF-8 text with something in it. */
import { InputError } from '../errors/index.js';
import { binaryProblem } from './binary.js';
import { decodeUtf8 } from './utf8.js';

/** The decoded text; throws an InputError naming `input` when it is binary, not UTF-8 or blank. */
export function decodeWholeText(bytes: Uint8Array, input: string): string {
  const binary = binaryProblem(bytes);
  if (binary !== undefined) throw new InputError(input, binary);
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) throw new InputError(input, decoded.problem);
  if (decoded.text.trim() === '') throw new InputError(input, 'empty: no text');
  return decoded.text;
}
