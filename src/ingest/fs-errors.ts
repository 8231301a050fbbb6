/** Turns what `fs` throws into an InputError a user can act on. */
import { InputError, isSystemError } from '../errors/index.js';

const PROBLEM_BY_CODE: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  // what opening a socket gives (it was a file when looked at, and was replaced since)
  ENXIO: 'not a file (a socket, or a device with nothing behind it)',
};

/** InputErrors pass through; a system error gets a plain message; anything else is a bug and is rethrown. */
export function toInputError(input: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  if (isSystemError(error)) {
    return new InputError(input, PROBLEM_BY_CODE[error.code] ?? `cannot read: ${error.message}`);
  }
  throw error;
}
