/** Asserts that startServer refuses some options; a server that starts anyway is closed, so a failing test leaves none listening. */
import assert from 'node:assert/strict';
import { startServer, type ServerOptions } from '../../src/server/start.js';

export async function assertRefusesToStart(options: ServerOptions, message: RegExp): Promise<void> {
  const outcome = await startServer(options).then(
    async (server) => {
      await server.close();
      return `started at ${server.url}`;
    },
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  assert.match(outcome, message);
}
