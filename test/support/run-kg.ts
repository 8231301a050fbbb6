/** Runs the compiled `kg` command as a user would, capturing its output and exit code. */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';

export const KG = path.resolve('dist/src/cli/main.js');

export interface KgRun {
  code: number | null;
  /** The signal that ended kg, if one did: kg ends itself with SIGINT or SIGTERM when stopped by one. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface KgOptions {
  stdin?: string | Buffer;
  cwd?: string;
  /** Run as this user and group (a test running as root drops to them to meet a permission error). */
  uid?: number;
  gid?: number;
  /** Added to this process's environment (KG_STORE, say). */
  env?: NodeJS.ProcessEnv;
}

export function runKg(args: string[], options: KgOptions = {}): Promise<KgRun> {
  const kg = startKg(args, options);
  kg.child.stdin.end(options.stdin ?? '');
  return kg.done;
}

export interface RunningKg {
  child: ChildProcessWithoutNullStreams;
  /** Output so far, as it comes. */
  readonly stdout: string;
  readonly stderr: string;
  done: Promise<KgRun>;
}

/** Starts kg with stdin left open, for a test that writes to it or signals kg while it runs. */
export function startKg(args: string[], options: Omit<KgOptions, 'stdin'> = {}): RunningKg {
  return startScript(KG, args, options);
}

/** Starts a compiled script the way startKg starts kg. */
export function startScript(script: string, args: string[], options: Omit<KgOptions, 'stdin'> = {}): RunningKg {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd ?? process.cwd(),
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.env === undefined ? {} : { env: { ...process.env, ...options.env } }),
    ...(options.uid === undefined ? {} : { uid: options.uid }),
    ...(options.gid === undefined ? {} : { gid: options.gid }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // kg may end before reading its stdin
  child.stdin.on('error', () => undefined);
  const done = new Promise<KgRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, get stdout() { return stdout; }, get stderr() { return stderr; } };
}

/** Resolves once `ready()` holds, checked every 20 ms; fails if the process ends first. */
export async function until(ready: () => boolean, kg: RunningKg): Promise<void> {
  let ended = false;
  void kg.done.then(() => (ended = true));
  while (!ready()) {
    if (ended) throw new Error(`${path.basename(kg.child.spawnargs[1] ?? '')} ended before the test could go on; stderr: ${kg.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What a shell's `$?` shows for a run: its exit code, or 128 + the number of the signal that ended it. */
export function shellStatus(run: Pick<KgRun, 'code' | 'signal'>): number | null {
  return run.signal === null ? run.code : 128 + constants.signals[run.signal];
}

/**
 * The run, or a failure if kg has not ended within `ms` (it is then killed): for tests of what
 * used to hang, so they fail instead of hanging too.
 */
export async function endsWithin(kg: RunningKg, ms: number): Promise<KgRun> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      kg.child.kill('SIGKILL');
      reject(new Error(`${kg.child.spawnargs.slice(1).join(' ')} had not ended after ${ms / 1000} s; stderr: ${kg.stderr}`));
    }, ms);
  });
  try {
    return await Promise.race([kg.done, late]);
  } finally {
    clearTimeout(timer);
  }
}
