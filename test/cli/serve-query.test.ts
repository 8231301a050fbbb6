/** `kg serve` and `kg query` as a user runs them: building a missing store first, serving it, stopping cleanly. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { httpRequest } from '../support/raw-http.js';
import { KG, runKg } from '../support/run-kg.js';

/** Starts `kg serve` and resolves with the address it prints; the caller stops it. */
function serve(args: string[], env: Record<string, string> = {}): Promise<{ url: string; output: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [KG, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url !== undefined) resolve({ url, output: () => output, stop: () => (child.kill('SIGTERM'), exited) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`kg serve exited (${code}) before listening:\n${output}`)));
  });
}

describe('kg serve and kg query', function () {
  this.timeout(120000);
  let folder: string;
  let store: string;

  before(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-serve-'));
    store = path.join(folder, 'seeds.json');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('builds a missing store from --build-from, serves it on loopback, and stops on SIGTERM', async () => {
    const server = await serve(['--graph', store, '--port', '0', '--build-from', 'seeds']);
    try {
      assert.match(server.output(), /does not exist yet; building it from seeds/);
      assert.match(server.output(), /Serving .*seeds\.json \(\d+ actors, \d+ edges\) at http:\/\/127\.0\.0\.1:\d+/);
      const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as { documents: number };
      assert.equal(stats.documents, 4);
    } finally {
      assert.equal(await server.stop(), 0);
    }
    assert.ok(existsSync(store));
  });

  it('serves an existing store as it is, without building', async () => {
    const server = await serve(['--graph', store, '--port', '0', '--build-from', 'seeds']);
    try {
      assert.doesNotMatch(server.output(), /building/);
      const page = await fetch(`${server.url}/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    } finally {
      await server.stop();
    }
  });

  it('fails with the store named when it is missing and there is nothing to build from', async () => {
    const run = await runKg(['serve', '--graph', path.join(folder, 'none.json'), '--port', '0']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /none\.json: no such store/);
  });

  it('refuses a port that is not one', async () => {
    const run = await runKg(['serve', '--graph', store, '--port', '70000']);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /port number/);
  });

  it('--allowed-host (repeated or comma-separated) names hosts the API answers to; others get 403', async () => {
    const server = await serve(['--graph', store, '--port', '0', '--allowed-host', 'kg.example.org,kg.lan', '--allowed-host', 'other.lan']);
    try {
      for (const host of ['kg.example.org', 'kg.lan', 'other.lan:8080']) {
        assert.equal((await httpRequest(server.url, 'GET', '/api/stats', { host })).status, 200, host);
      }
      const refused = await httpRequest(server.url, 'GET', '/api/stats', { host: 'evil.example' });
      assert.equal(refused.status, 403);
      assert.equal((JSON.parse(refused.body) as { error: string }).error, 'ForbiddenHost');
    } finally {
      await server.stop();
    }
  });

  it('refuses a KG_TOKEN under 16 characters and an --allowed-host that is not a host name, each in one line', async () => {
    // a server that starts anyway is stopped, so a failure leaves none running
    const refusal = (args: string[], env: Record<string, string> = {}): Promise<string> =>
      serve(args, env).then(async (server) => `listened: ${server.output()} (${await server.stop()})`, (error: Error) => error.message);
    const shortToken = await refusal(['--graph', store, '--port', '0'], { KG_TOKEN: 'hunter2' });
    assert.match(shortToken, /exited \(1\) before listening:\nkg: KG_TOKEN is 7 characters; use a random secret of at least 16 .*\n$/);
    assert.ok(!shortToken.includes('hunter2'), 'the token is not shown');
    assert.match(await refusal(['--graph', store, '--port', '0', '--allowed-host', 'kg.example.org:8080']),
      /exited \(1\) before listening:\nkg: --allowed-host "kg\.example\.org:8080" is not a host name: .*without a port.*\n$/);
  });

  it('kg query prints a path with its sentences, and --json the same answer as data', async () => {
    const text = await runKg(['query', '--graph', store, 'path', 'blinken', '->', 'ghani']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Antony Blinken to Ashraf Ghani: 1 hop\(s\)/);
    assert.match(text.stdout, /1\. Antony Blinken \| .+ \| Ashraf Ghani/);
    const json = await runKg(['query', '--graph', store, '--json', 'path Blinken -> Ghani']);
    const answer = JSON.parse(json.stdout) as { kind: string; path: { hops: { evidence: unknown[] }[] } };
    assert.equal(answer.kind, 'path');
    assert.ok(answer.path.hops.every((hop) => hop.evidence.length > 0));
  });

  it('kg query passes a concept only where one document tells both its hops, unless +concepts; -concepts passes none', async () => {
    // two stories that share one named thing, the Doha agreement, and nothing else
    const stories = path.join(folder, 'stories');
    mkdirSync(stories);
    writeFileSync(path.join(stories, 'johnson.txt'), 'Boris Johnson signed the Doha agreement on Monday.\n');
    writeFileSync(path.join(stories, 'taliban.txt'), 'The Taliban rejected the Doha agreement in March.\n');
    const shared = path.join(folder, 'stories.json');
    const built = await runKg(['build', stories, '--out', shared]);
    assert.equal(built.code, 0, built.stderr);
    interface PathAnswer { summary: string; path: { nodes: { key: string; type: string }[]; hops: { evidence: { doc: string }[] }[] } | null }
    const ask = async (query: string): Promise<PathAnswer> => {
      const run = await runKg(['query', '--graph', shared, '--json', query]);
      assert.equal(run.code, 0, run.stderr);
      return JSON.parse(run.stdout) as PathAnswer;
    };
    const any = await ask('path "Boris Johnson" -- Taliban +concepts');
    assert.deepEqual(any.path?.nodes.map((node) => node.key), ['boris-johnson', 'doha-agreement', 'taliban'], any.summary);
    assert.notEqual(any.path!.hops[0]!.evidence[0]!.doc, any.path!.hops[1]!.evidence[0]!.doc);
    const ruled = await ask('path "Boris Johnson" -- Taliban');
    assert.equal(ruled.path, null);
    assert.match(ruled.summary, /through named actors .*; \+concepts finds one of 2 hop\(s\)/);
    const none = await ask('path "Boris Johnson" -- Taliban -concepts');
    assert.equal(none.path, null, none.summary);
    const text = await runKg(['query', '--graph', shared, 'path "Boris Johnson" -- Taliban']);
    assert.match(text.stdout, /\+concepts/);
  });

  it('kg query shows where an invalid query went wrong, with a caret, and exits 1', async () => {
    const run = await runKg(['query', '--graph', store, 'path Blinken => Ghani']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /expected "->" .* or "--"/);
    assert.match(run.stderr, /\n {2}path Blinken => Ghani\n {15}\^\n$/);
  });
});
