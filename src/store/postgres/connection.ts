/**
 * Connecting to the PostgreSQL store. The connection string carries a password, so it is never
 * printed: messages name the store by `postgres://user@host:port/db`, which says which one
 * without the secret.
 */
import pg from 'pg';
import { messageOf, StoreError } from '../../errors/index.js';
import { requireSchema } from './schema.js';

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The store's name for messages: the URL without password or query string. */
export function storeName(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username === '' ? '' : `${decodeURIComponent(parsed.username)}@`;
    return `postgres://${user}${parsed.host}${parsed.pathname}`;
  } catch {
    return 'postgres://(a connection string that does not parse)';
  }
}

export interface Connection {
  readonly pool: pg.Pool;
  /** `storeName` of the URL, for messages. */
  readonly name: string;
}

/**
 * Opens a pool and checks that kg's tables are there, at this kg's version (unless `forInit`,
 * which is what creates them). Fails with a StoreError naming the store, never the password.
 */
export async function connect(url: string, options: { forInit?: boolean; max?: number } = {}): Promise<Connection> {
  const name = storeName(url);
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, application_name: 'kg' });
  } catch (error) {
    throw new StoreError(name, `not a usable connection string: ${redacted(messageOf(error), url)}`);
  }
  // an idle client that loses its server must not end the process; the next query reports it
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      if (options.forInit !== true) await requireSchema(client, name);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError(name, `cannot connect: ${redacted(messageOf(error), url)}`);
  }
  return { pool, name };
}

/** Runs `work` in one transaction on one client: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A driver message never carries the URL's password on to the user. */
export function redacted(message: string, url: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    return message.replaceAll(url, '(the connection string)');
  }
  const out = message.replaceAll(url, '(the connection string)');
  return password === '' ? out : out.replaceAll(password, '***');
}
