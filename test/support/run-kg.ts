/** Runs the compiled `kg` command as a user would, capturing its output and exit code. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const KG = path.resolve('dist/src/cli/main.js');

export interface KgRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runKg(args: string[], options: { stdin?: string | Buffer; cwd?: string } = {}): Promise<KgRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, ...args], { cwd: options.cwd ?? process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
