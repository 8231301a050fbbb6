/**
 * No module of src/ imports itself through others. A cycle makes load order matter (a value read
 * before its module ran is undefined) and ties modules that should stand alone, such as the store
 * backends and the store file's reader, writer and checks.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'mocha';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** Every relative `import … from` and `export … from`, type-only ones included, as the files they name. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '(\.{1,2}\/[^']+)'/gms)]
    .map((match) => path.join(path.dirname(file), match[1]!.replace(/\.js$/, '.ts')));
}

/** The import cycles: strongly connected groups of more than one module, or a module importing itself. */
export function importCycles(imports: ReadonlyMap<string, readonly string[]>): string[][] {
  const order = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (module: string): void => {
    order.set(module, order.size);
    lowest.set(module, order.get(module)!);
    stack.push(module);
    onStack.add(module);
    for (const next of imports.get(module) ?? []) {
      if (!imports.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        lowest.set(module, Math.min(lowest.get(module)!, lowest.get(next)!));
      } else if (onStack.has(next)) {
        lowest.set(module, Math.min(lowest.get(module)!, order.get(next)!));
      }
    }
    if (lowest.get(module) !== order.get(module)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== module);
    if (group.length > 1 || imports.get(module)!.includes(module)) cycles.push(group.sort());
  };
  for (const module of imports.keys()) if (!order.has(module)) visit(module);
  return cycles;
}

describe('imports', () => {
  it('finds a cycle where there is one, and none where there is none', () => {
    assert.deepEqual(importCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])), [['a', 'b', 'c']]);
    assert.deepEqual(importCycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]])), []);
  });

  it('no module of src/ imports itself through others (the store modules included)', () => {
    const files = sourceFiles('src');
    assert.ok(files.some((file) => file.startsWith(path.join('src', 'store'))), 'the store modules are among those checked');
    const cycles = importCycles(new Map(files.map((file) => [file, importsOf(file)])));
    assert.deepEqual(cycles, [], cycles.map((cycle) => cycle.join(' → ')).join('\n'));
  });
});
