/** The API answers only requests addressed to it: a DNS-rebinding page's Host, or another site's Origin, is a 403 and changes nothing. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadStore, saveStore } from '../../src/graph/store.js';
import type { ApiError } from '../../src/api-types.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { httpRequest, type RawAnswer } from '../support/raw-http.js';
import { assertRefusesToStart } from '../support/refused-start.js';
import { seedStore } from '../support/stores.js';

const ARTICLE = JSON.stringify({ title: 'Erdogan hosts talks', text: 'President Recep Tayyip Erdogan met Zalmay Khalilzad in Ankara.' });

describe('the Host check of the API', function () {
  this.timeout(120000);
  let folder: string;
  let seeds: string;
  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-hosts-'));
    seeds = path.join(folder, 'seeds.json');
    await saveStore(seeds, await seedStore());
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  async function serve(name: string, options: { allowedHosts?: string[] } = {}): Promise<{ server: RunningServer; file: string; port: string }> {
    const file = path.join(folder, `${name}.json`);
    copyFileSync(seeds, file);
    const server = await startServer({ store: await loadStore(file), port: 0, graphFile: file, ...options });
    return { server, file, port: new URL(server.url).port };
  }

  const post = (server: RunningServer, headers: Record<string, string>): Promise<RawAnswer> =>
    httpRequest(server.url, 'POST', '/api/documents', { 'content-type': 'application/json', ...headers }, ARTICLE);

  function assertForbidden(answer: RawAnswer, named: RegExp): void {
    assert.equal(answer.status, 403, answer.body);
    const body = JSON.parse(answer.body) as ApiError;
    assert.equal(body.error, 'ForbiddenHost');
    assert.match(body.detail, named);
    assert.match(answer.headers['content-security-policy'] ?? '', /default-src 'self'/);
  }

  it('refuses a write whose Host is a foreign name (DNS rebinding) or whose Origin is another site, and adds nothing', async () => {
    const { server, file, port } = await serve('foreign');
    try {
      assertForbidden(await post(server, { host: `evil.example:${port}` }), /Host "evil\.example:\d+"/);
      assertForbidden(await post(server, { host: 'evil.example' }), /Host "evil\.example"/);
      // the address it listens on is 127.0.0.1; a wildcard is no address a request reaches
      assertForbidden(await post(server, { host: `0.0.0.0:${port}` }), /Host "0\.0\.0\.0:\d+"/);
      assertForbidden(await post(server, { host: `127.0.0.1:${port}`, origin: 'http://evil.example' }), /Origin "http:\/\/evil\.example"/);
      assertForbidden(await post(server, { host: `127.0.0.1:${port}`, origin: 'null' }), /Origin "null"/);
      // the same name, but not the page this server sends: another port on loopback, or https
      assertForbidden(await post(server, { host: `127.0.0.1:${port}`, origin: 'http://127.0.0.1:1' }), /Origin/);
      assertForbidden(await post(server, { host: `127.0.0.1:${port}`, origin: `https://127.0.0.1:${port}` }), /Origin/);
      assertForbidden(await httpRequest(server.url, 'DELETE', '/api/documents/x', { host: 'evil.example' }), /evil\.example/);
      assert.equal((await loadStore(file)).documents.length, 4, 'nothing added');
    } finally {
      await server.close();
    }
  });

  it('accepts a write addressed to the loopback address it reached, or to localhost, with or without its own page as Origin', async () => {
    const { server, file, port } = await serve('own');
    try {
      assert.equal((await post(server, { host: `127.0.0.1:${port}` })).status, 201);
      assert.equal((await post(server, { host: `localhost:${port}`, origin: `http://localhost:${port}` })).status, 200, 'known by now');
      assert.equal((await post(server, { host: `LOCALHOST:${port}` })).status, 200, 'names are case-insensitive');
      assert.equal((await post(server, { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` })).status, 200);
      assert.equal((await loadStore(file)).documents.length, 5);
      // another loopback address is not the one listening, even if it is loopback
      assertForbidden(await post(server, { host: `[::1]:${port}` }), /Host "\[::1\]/);
    } finally {
      await server.close();
    }
  });

  it('guards the reading routes too: a rebinding page cannot read the graph', async () => {
    const { server, port } = await serve('reads');
    try {
      assertForbidden(await httpRequest(server.url, 'GET', '/api/graph', { host: `evil.example:${port}` }), /evil\.example/);
      assertForbidden(await httpRequest(server.url, 'POST', '/api/query', { host: 'evil.example', 'content-type': 'application/json' }, '{"query":"find blinken"}'), /evil/);
      assert.equal((await httpRequest(server.url, 'GET', '/api/stats', { host: `127.0.0.1:${port}` })).status, 200);
      // the page itself holds no data: it is served whatever the Host, and then cannot call the API
      assert.equal((await httpRequest(server.url, 'GET', '/', { host: 'evil.example' })).status, 200);
    } finally {
      await server.close();
    }
  });

  it('--allowed-host lets a named host through, with its page as Origin over http or https (a TLS proxy)', async () => {
    const { server, file, port } = await serve('named', { allowedHosts: ['kg.example.org'] });
    try {
      assert.equal((await post(server, { host: `kg.example.org:${port}` })).status, 201);
      assert.equal((await post(server, { host: 'KG.example.org', origin: 'https://kg.example.org' })).status, 200);
      assert.equal((await post(server, { host: `127.0.0.1:${port}`, origin: 'https://kg.example.org' })).status, 200, 'a proxy that rewrites Host');
      assertForbidden(await post(server, { host: 'other.example.org' }), /other\.example\.org/);
      assertForbidden(await post(server, { host: 'kg.example.org', origin: 'https://evil.example' }), /evil/);
      assert.equal((await loadStore(file)).documents.length, 5);
    } finally {
      await server.close();
    }
  });

  it('refuses at start an --allowed-host that is not a host name', async () => {
    for (const bad of ['kg.example.org:8080', 'http://kg.example.org', 'two words', '']) {
      await assertRefusesToStart({ store: await seedStore(), port: 0, allowedHosts: [bad] }, /^--allowed-host ".*" is not a host name/);
    }
  });
});
