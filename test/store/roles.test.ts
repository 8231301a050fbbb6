/**
 * The roles the README's "Beyond one machine" grants are enough, and no more: the owner sets the
 * schema up, a writer role ingests, works and resolves, a reader role serves and cannot write.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'mocha';
import pg from 'pg';
import { startCluster, type PgCluster } from '../support/pg-cluster.js';
import { endsWithin, runKg, startKg, until, type KgRun } from '../support/run-kg.js';

/** As the README gives them: run by the owner of the database once `kg db init` has made the tables (the defaults cover tables later migrations add). */
export const GRANTS = `
  GRANT USAGE ON SCHEMA public TO kg_writer, kg_reader;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kg_writer;
  GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kg_writer;
  GRANT SELECT ON ALL TABLES IN SCHEMA public TO kg_reader;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kg_writer;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO kg_writer;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO kg_reader;
`;

describe('least-privilege roles on a PostgreSQL store', function () {
  this.timeout(300_000);
  let cluster: PgCluster;
  let owner: string;
  const as = (role: string, password: string): string => {
    const url = new URL(owner);
    [url.username, url.password] = [role, password];
    return url.toString();
  };
  const passwords = { kg_writer: randomBytes(9).toString('hex'), kg_reader: randomBytes(9).toString('hex') };
  const kg = (args: string[], store: string): Promise<KgRun> => runKg(args, { env: { KG_STORE: store } });

  before(async () => {
    cluster = await startCluster();
    owner = await cluster.createDatabase();
    const admin = await cluster.admin();
    try {
      for (const [role, password] of Object.entries(passwords)) await admin.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER PASSWORD '${password}'`);
    } finally {
      await admin.end();
    }
    assert.equal((await kg(['db', 'init'], owner)).code, 0);
    const client = new pg.Client({ connectionString: owner });
    await client.connect();
    try {
      await client.query(GRANTS);
    } finally {
      await client.end();
    }
  });
  after(async () => cluster?.stop());

  it('a writer ingests, works and resolves; it cannot change the schema', async () => {
    const writer = as('kg_writer', passwords.kg_writer);
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-roles-'));
    try {
      await fs.copyFile('seeds/000_f165c766ef995aa2.txt', path.join(folder, 'letter.txt'));
      for (const args of [['ingest', folder], ['worker', '--drain', '-w', '1'], ['resolve'], ['merge', 'Ashraf Ghani', 'Anthony Blinken']]) {
        const run = await kg(args, writer);
        assert.equal(run.code, 0, `kg ${args[0]}: ${run.stderr}`);
      }
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
    const client = new pg.Client({ connectionString: writer });
    await client.connect();
    try {
      await assert.rejects(client.query('DROP TABLE documents'), /must be owner of table documents/);
    } finally {
      await client.end();
    }
  });

  it('a reader serves the graph and can change nothing', async () => {
    const reader = as('kg_reader', passwords.kg_reader);
    const server = startKg(['serve', '--port', '0'], { env: { KG_STORE: reader } });
    await until(() => /at http:\/\/127\.0\.0\.1:\d+/.test(server.stdout), server);
    const base = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(server.stdout)![1]!;
    const found = (await (await fetch(`${base}/api/search?q=blinken`)).json()) as { results: { key: string }[] };
    assert.ok(found.results.length > 0, 'the reader sees the graph the writer resolved');
    server.child.kill('SIGTERM');
    assert.equal((await endsWithin(server, 10_000)).code, 0);
    const refused = await kg(['resolve'], reader);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /permission denied/);
    assert.ok(!refused.stderr.includes(passwords.kg_reader));
  });
});
