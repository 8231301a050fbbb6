/** kg's own version, from package.json: exports name their creator with it. */
import { createRequire } from 'node:module';

// read at run time from dist/src/version.js, two folders below the package
const manifest = createRequire(import.meta.url)('../../package.json') as { version: string };

export const KG_VERSION = manifest.version;
export const KG_CREATOR = `kg ${KG_VERSION}`;
