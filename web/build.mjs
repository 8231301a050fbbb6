/** Builds the page into dist/web/: type-checks web/ with tsc, bundles web/src/main.ts with esbuild, copies the HTML and CSS. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const web = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(web, '..', 'dist', 'web');

// esbuild strips types without checking them, so the type-check runs first and stops the build on an error
try {
  execFileSync(process.execPath, [path.join(web, '..', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', web], { stdio: 'inherit' });
} catch {
  console.error('web/build.mjs: type errors in web/ (npx tsc -p web); dist/web not written');
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(web, 'src', 'main.ts')],
  outfile: path.join(out, 'main.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
for (const file of ['index.html', 'styles.css']) copyFileSync(path.join(web, file), path.join(out, file));
