/**
 * Random damage to a real store, a byte changed or the file cut short: every one is refused with a
 * StoreError naming the file and its backup, or loads to exactly the stored graph; and saving over
 * the damaged file never replaces the good backup. `KG_FUZZ_SEED=n KG_FUZZ_RUNS=10` hunts further.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StoreError } from '../../src/errors/index.js';
import { loadStore, saveStore, type StoreContents } from '../../src/graph/store.js';
import { fuzzRuns } from '../support/fuzz-run.js';
import { seededRandom } from '../support/seeded-random.js';
import { seedStore } from '../support/stores.js';

interface Damage {
  what: string;
  bytes: Buffer;
}

/** Three in four cases change one byte to another value; the rest cut the file at a random length. */
function damage(original: Buffer, draw: () => number): Damage {
  const bytes = Buffer.from(original);
  if (draw() < 0.75) {
    const at = Math.floor(draw() * bytes.length);
    const was = bytes[at]!;
    bytes[at] = (was + 1 + Math.floor(draw() * 255)) % 256;
    return { what: `byte ${at} changed from 0x${was.toString(16)} to 0x${bytes[at]!.toString(16)}`, bytes };
  }
  const length = Math.floor(draw() * bytes.length);
  return { what: `cut to ${length} of ${bytes.length} bytes`, bytes: bytes.subarray(0, length) };
}

describe('a store with random damage', function () {
  this.timeout(240000);
  let folder: string;
  let file: string;
  let backup: string;
  let seeds: StoreContents;
  const quiet = (): void => undefined;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-store-fuzz-'));
    file = path.join(folder, 'seeds.json');
    backup = `${file}.bak`;
    seeds = await seedStore();
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('is refused naming the file and its backup, or loads to exactly the stored graph; a save over it keeps the good .bak', async () => {
    await saveStore(file, seeds);
    await saveStore(file, seeds); // the backup is now the seed store too
    const original = readFileSync(file);
    const goodBackup = readFileSync(backup);
    const { seed, numRuns } = fuzzRuns(200);
    const draw = seededRandom(seed);
    const counts = { changed: 0, cut: 0, detected: 0, harmless: 0 };
    for (let round = 0; round < numRuns; round++) {
      const { what, bytes } = damage(original, draw);
      counts[what.startsWith('cut') ? 'cut' : 'changed']++;
      writeFileSync(file, bytes);
      const loaded = await loadStore(file, quiet).catch((error: unknown) => error);
      if (loaded instanceof Error) {
        assert.ok(loaded instanceof StoreError, `${what}: ${String(loaded)}`);
        assert.equal(loaded.input, file, what);
        assert.ok(loaded.message.includes(`a backup is at ${backup}; copy it over to restore`), `${what}: ${loaded.message}`);
        counts.detected++;
      } else {
        // loading what was not refused must give back the stored graph exactly: nothing accepted silently
        assert.deepEqual(loaded, seeds, `${what} was loaded as a different graph`);
        counts.harmless++;
      }

      const notes: string[] = [];
      await saveStore(file, seeds, (note) => notes.push(note));
      const setAside = readdirSync(folder).filter((name) => name.startsWith('seeds.json.corrupt-'));
      if (loaded instanceof Error) {
        assert.deepEqual(readFileSync(backup), goodBackup, `${what}: the damaged store replaced the backup`);
        assert.equal(setAside.length, 1, what);
        assert.deepEqual(readFileSync(path.join(folder, setAside[0]!)), bytes, `${what}: set aside as it was`);
        assert.match(notes.join('\n'), /was damaged, so it did not replace the backup: set aside as .*seeds\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/);
        rmSync(path.join(folder, setAside[0]!));
      } else {
        assert.deepEqual(setAside, [], what);
      }
      assert.deepEqual(await loadStore(backup, quiet), seeds, `${what}: the backup no longer loads as the stored graph`);
      assert.deepEqual(readFileSync(file), original, `${what}: the save did not write the store`);
    }
    process.stdout.write(`      ${numRuns} damaged stores (${counts.changed} with a byte changed, ${counts.cut} cut short): ` +
      `${counts.detected} refused, ${counts.harmless} loaded unchanged, 0 accepted with different content\n`);
    assert.equal(counts.detected + counts.harmless, numRuns);
  });
});
