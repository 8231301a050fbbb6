/** Tells what the system threw (a missing file, a full disk) from a bug. */

/** An error from the operating system: Node gives it a string `code` such as `ENOENT` or `ENOSPC`. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
