/** Runs the compiled `kg extract` on CaRB's sentences as a user would, timing it from spawn to exit. */
import { spawn } from 'node:child_process';

export interface ExtractorRun {
  output: string;
  seconds: number;
}

export function runExtractor(cli: string, sentencesFile: string, format: 'tsv' | 'jsonl'): Promise<ExtractorRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'extract', sentencesFile, '--sentences', '--format', format], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`carb: kg extract --format ${format} exited with ${code}: ${stderr.trim()}`));
      else resolve({ output: Buffer.concat(out).toString('utf8'), seconds });
    });
  });
}
