/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` and `pg_ctl` in a temporary
 * folder, listening on 127.0.0.1 on a free port, with a non-superuser role `kg` that owns the
 * databases kg is tested on. Never a system cluster. Run as root (CI containers), the server runs
 * as Debian's `postgres` user, since PostgreSQL refuses to run as root.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface PgCluster {
  /** A fresh database owned by the `kg` role; its connection string (with the role's password). */
  createDatabase(): Promise<string>;
  /** A superuser client on the cluster's socket, for what a test must do as an administrator. */
  admin(): Promise<pg.Client>;
  /** Where the server writes its log, for a failing test to print. */
  readonly logFile: string;
  stop(): Promise<void>;
}

/** Debian puts the server programs in /usr/lib/postgresql/VERSION/bin, off the PATH. */
function binDir(): string {
  for (const folder of (process.env['PATH'] ?? '').split(':')) {
    if (existsSync(path.join(folder, 'initdb')) && existsSync(path.join(folder, 'pg_ctl'))) return folder;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const folder = path.join(root, version, 'bin');
    if (existsSync(path.join(folder, 'initdb'))) return folder;
  }
  throw new Error('PostgreSQL is not installed (no initdb on the PATH or under /usr/lib/postgresql): ' +
    'the PostgreSQL store tests need it; install it with `apt-get install postgresql` (.ci/run does)');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster(): Promise<PgCluster> {
  const bin = binDir();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-pg-'));
  const data = path.join(root, 'data');
  const logFile = path.join(root, 'server.log');
  const asRoot = process.getuid?.() === 0;
  // the server's own user must own the folder; as root that is Debian's `postgres`
  const as = async (program: string, args: string[]): Promise<void> => {
    const command = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]] as const : [path.join(bin, program), args] as const;
    await run(command[0], [...command[1]], { timeout: 120_000 });
  };
  if (asRoot) await run('chown', ['postgres', root]);
  await as('initdb', ['-D', data, '-U', 'kgadmin', '-E', 'UTF8', '--locale=C.UTF-8', '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60 -c shared_buffers=64MB`;
  await as('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
  const admin = async (database = 'postgres'): Promise<pg.Client> => {
    const client = new pg.Client({ host: root, port, user: 'kgadmin', database });
    await client.connect();
    return client;
  };
  const password = randomBytes(12).toString('hex');
  const setup = await admin();
  try {
    await setup.query(`CREATE ROLE kg LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${password}'`);
  } finally {
    await setup.end();
  }
  let databases = 0;
  return {
    logFile,
    admin: () => admin(),
    async createDatabase() {
      const name = `kg_test_${process.pid}_${++databases}`;
      const client = await admin();
      try {
        await client.query(`CREATE DATABASE ${name} OWNER kg`);
      } finally {
        await client.end();
      }
      return `postgres://kg:${password}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}
