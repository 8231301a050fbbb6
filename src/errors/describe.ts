/** Puts a thrown value into words: quoted inside a kg error's message, or shown to the user. */
import { KgError } from './kg-error.js';

/** The message alone, for quoting a system or parse error inside a message of our own. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One line for the user: a kg error says it all; any other error is a bug and keeps its class name. */
export function describe(error: unknown): string {
  if (error instanceof KgError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
