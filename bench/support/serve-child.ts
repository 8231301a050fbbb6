/** `kg serve` in a process of its own, so the load a benchmark drives never shares the server's event loop. */
import { spawn, type ChildProcess } from 'node:child_process';

/** `env` is added to this process's environment (KG_STORE, which keeps a password out of `ps`). */
export async function serveInChild(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, ['dist/src/cli/main.js', 'serve', ...args, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\/\/[^\s]+)/.exec(out)?.[1];
      if (found !== undefined) resolve(found);
    });
    server.on('close', (code) => reject(new Error(`kg serve exited (${code}) before listening`)));
  });
  return { url, server };
}
