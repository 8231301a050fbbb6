/** The write routes: documents added and removed through the API, saved to the store, behind a token when one is set. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { saveStore, loadStore } from '../../src/graph/store.js';
import { lockPath } from '../../src/graph/store-lock.js';
import type { ApiError, SearchResults } from '../../src/api-types.js';
import { MIN_TOKEN_LENGTH } from '../../src/server/auth.js';
import { MAX_JSON_DEPTH } from '../../src/server/json-depth.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import type { UpdateResult } from '../../src/server/store-updates.js';
import { assertRefusesToStart } from '../support/refused-start.js';
import { seedStore } from '../support/stores.js';

const ARTICLE = {
  title: 'Erdogan hosts talks',
  date: '2021-03-20',
  text: 'President Recep Tayyip Erdogan met Zalmay Khalilzad in Ankara. Erdogan offered Istanbul for the talks.',
};

/** What `work` writes to this process's stderr (where the server logs), kept from the test output. */
async function stderrOf(work: () => Promise<void>): Promise<string> {
  const write = process.stderr.write.bind(process.stderr);
  let text = '';
  process.stderr.write = ((chunk: string | Uint8Array) => ((text += chunk.toString()), true)) as typeof process.stderr.write;
  try {
    await work();
  } finally {
    process.stderr.write = write;
  }
  return text;
}

describe('the write routes', function () {
  this.timeout(120000);
  let folder: string;
  let seeds: string;
  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-writes-'));
    seeds = path.join(folder, 'seeds.json');
    await saveStore(seeds, await seedStore());
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  async function serve(name: string, options: { token?: string; readOnly?: boolean } = {}): Promise<{ server: RunningServer; file: string }> {
    const file = path.join(folder, `${name}.json`);
    copyFileSync(seeds, file);
    const server = await startServer({
      store: await loadStore(file), port: 0,
      ...(options.readOnly === true ? {} : { graphFile: file }),
      ...(options.token === undefined ? {} : { token: options.token }),
    });
    return { server, file };
  }

  const send = (server: RunningServer, method: string, route: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${server.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });

  it('POST /api/documents adds a document, saves the store and answers from the new graph; DELETE removes it', async () => {
    const { server, file } = await serve('add');
    try {
      const response = await send(server, 'POST', '/api/documents', ARTICLE);
      assert.equal(response.status, 201);
      const result = (await response.json()) as UpdateResult;
      assert.equal(result.added.length, 1);
      assert.equal(result.documents, 5);
      assert.equal((await loadStore(file)).documents.length, 5, 'saved to the store file');
      const found = (await (await fetch(`${server.url}/api/search?q=erdogan`)).json()) as SearchResults;
      assert.equal(found.results[0]?.label, 'Recep Tayyip Erdogan');

      const again = (await (await send(server, 'POST', '/api/documents', { documents: [ARTICLE] })).json()) as UpdateResult;
      assert.deepEqual([again.added, again.known], [[], 1]);

      const removed = await send(server, 'DELETE', `/api/documents/${result.added[0]}`);
      assert.equal(removed.status, 200);
      assert.equal((await loadStore(file)).documents.length, 4);
      const gone = (await (await fetch(`${server.url}/api/search?q=erdogan`)).json()) as SearchResults;
      assert.deepEqual(gone.results, []);
      assert.equal((await send(server, 'DELETE', '/api/documents/0000000000000000')).status, 404);
    } finally {
      await server.close();
    }
  });

  it('refuses bad documents with 400 and an oversized body with 413, and changes nothing', async () => {
    const { server, file } = await serve('bad');
    try {
      const cases: [unknown, number, RegExp][] = [
        [{ title: 'no text' }, 400, /missing "text"/],
        [{ text: 42 }, 400, /"text" must be a string/],
        [{ documents: [] }, 400, /empty/],
        [{ documents: Array.from({ length: 101 }, () => ARTICLE) }, 400, /at most 100 documents/],
        ['{"text":', 400, /not valid JSON/],
        [{ text: 'x'.repeat(3 * 2 ** 20) }, 413, /over the size limit/],
      ];
      for (const [body, status, detail] of cases) {
        const response = await send(server, 'POST', '/api/documents', body);
        assert.equal(response.status, status, JSON.stringify(body).slice(0, 60));
        assert.match(((await response.json()) as ApiError).detail, detail);
      }
      assert.equal((await send(server, 'POST', '/api/documents', 'text', { 'content-type': 'text/plain' })).status, 400);
      assert.equal((await loadStore(file)).documents.length, 4);
    } finally {
      await server.close();
    }
  });

  it('with a token, writes need it as a bearer token; reading routes stay open', async () => {
    const { server } = await serve('token', { token: 's3cret-token-for-tests' });
    try {
      const without = await send(server, 'POST', '/api/documents', ARTICLE);
      assert.equal(without.status, 401);
      assert.equal(((await without.json()) as ApiError).error, 'Unauthorized');
      assert.equal((await send(server, 'POST', '/api/documents', ARTICLE, { authorization: 'Bearer wrong' })).status, 401);
      assert.equal((await send(server, 'DELETE', '/api/documents/x', undefined, { authorization: 'Basic s3cret-token-for-tests' })).status, 401);
      assert.equal((await send(server, 'POST', '/api/documents', ARTICLE, { authorization: 'Bearer s3cret-token-for-tests' })).status, 201);
      assert.equal((await fetch(`${server.url}/api/stats`)).status, 200);
    } finally {
      await server.close();
    }
  });

  it('refuses a JSON body nested 5,000 levels deep (in 10 KB) with 400 before anything recurses, and answers afterwards', async () => {
    const { server, file } = await serve('deep');
    try {
      const deep = `{"documents":[${'['.repeat(5000)}${']'.repeat(5000)}]}`;
      assert.ok(deep.length <= 10_100);
      for (const body of [deep, `{"text":"x","extra":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`]) {
        const response = await send(server, 'POST', '/api/documents', body);
        assert.equal(response.status, 400);
        const answer = (await response.json()) as ApiError;
        assert.deepEqual([answer.error, answer.detail], ['InvalidRequest', `the JSON body nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels`]);
      }
      // brackets inside strings are text, not nesting
      const quoted = { ...ARTICLE, title: `${'[{'.repeat(200)} "quoted" \\ ${'}]'.repeat(200)}` };
      assert.equal((await send(server, 'POST', '/api/documents', quoted)).status, 201);
      assert.equal((await loadStore(file)).documents.length, 5);
    } finally {
      await server.close();
    }
  });

  it('refuses a KG_TOKEN under 16 characters at start, without showing it; an empty one counts as none', async () => {
    await assertRefusesToStart({ store: await seedStore(), port: 0, token: 'short-secret' },
      new RegExp(`^KG_TOKEN is 12 characters; use a random secret of at least ${MIN_TOKEN_LENGTH} \\(e\\.g\\. from \`openssl rand -hex 16\`\\)$`));
    const open = await startServer({ store: await seedStore(), port: 0, token: '' });
    await open.close();
  });

  it('refuses to listen beyond loopback without a token', async () => {
    await assertRefusesToStart({ store: await seedStore(), host: '0.0.0.0', port: 0 }, /refusing to listen on 0\.0\.0\.0 without a token.*KG_TOKEN/);
  });

  it('a read-only server answers writes with 405; a store locked by another kg with 503', async () => {
    const readOnly = await serve('readonly', { readOnly: true });
    try {
      assert.equal((await send(readOnly.server, 'POST', '/api/documents', ARTICLE)).status, 405);
    } finally {
      await readOnly.server.close();
    }
    const { server, file } = await serve('locked');
    try {
      writeFileSync(lockPath(file), JSON.stringify({ pid: process.pid, host: os.hostname(), command: 'kg add big.jsonl', since: new Date().toISOString() }));
      const logged = await stderrOf(async () => {
        const response = await send(server, 'POST', '/api/documents', ARTICLE);
        assert.equal(response.status, 503);
        const body = (await response.json()) as ApiError;
        assert.equal(body.error, 'StoreUnavailable');
        assert.match(body.detail, /another kg command is writing it/);
        // the client learns nothing of the server's disk: neither the store's folder nor its lock file
        assert.ok(!body.detail.includes(folder) && !/\.json|\.lock|\//.test(body.detail), body.detail);
      });
      assert.ok(logged.includes(lockPath(file)) && logged.includes('in use by `kg add big.jsonl`'), `the server's log says which: ${logged}`);
      assert.equal((await loadStore(file)).documents.length, 4);
    } finally {
      rmSync(lockPath(file), { force: true });
      await server.close();
    }
  });
});
