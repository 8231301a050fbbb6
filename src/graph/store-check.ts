/** Checks a store as read: the top-level shape, then the checksum, then what its parts point at (store-references.ts). */
import { isObject, kindOf } from '../json-shape.js';
import { referenceProblems, type StoreLists } from './store-references.js';
import { readContents, type StoreRead } from './store-reader.js';
import { STORE_VERSION } from './store-contents.js';
import { json } from './store-writer.js';

/** Whether `file` would load: the test a store passes before a save keeps it as the backup. */
export async function isGoodStore(file: string): Promise<boolean> {
  try {
    return storeProblems(await readContents(file)).length === 0;
  } catch {
    return false;
  }
}

/**
 * What keeps a file from being a sound kg store, first problem first: one that is not a store at
 * all says only that; a store says whether its bytes match its checksum, then what points at
 * something missing.
 */
export function storeProblems({ data, checksum }: StoreRead): string[] {
  const shape = shapeProblems(data);
  if (shape.length > 0) return shape;
  const problems: string[] = [];
  if (checksum === 'differs') problems.push('store is damaged: its content does not match its checksum (changed after kg wrote it)');
  if (checksum === 'none' && (data as { version: number }).version === STORE_VERSION) {
    problems.push(`store is damaged: it has no checksum line at its end, which a version ${STORE_VERSION} store has ` +
      '(cut short, or rewritten by another tool; to load it unchecked, set its "version" to 1)');
  }
  problems.push(...referenceProblems(data as StoreLists).map((problem) => `store is damaged: ${problem}`));
  return problems;
}

/** The top level only: format, version, and the lists and objects the store is made of. */
function shapeProblems(data: unknown): string[] {
  if (!isObject(data)) return [`not a kg store: expected a JSON object, found ${kindOf(data, 'a list')}`];
  if (data['format'] !== 'kg-store') {
    return [`not a kg store: format is ${shown(data['format'])}, expected "kg-store"`];
  }
  if (data['version'] !== 1 && data['version'] !== STORE_VERSION) {
    return [`unsupported kg store version ${shown(data['version'])}: this kg reads versions 1 and ${STORE_VERSION}`];
  }
  const problems: string[] = [];
  const expect = (name: string, value: unknown, ok: boolean, wanted: string): void => {
    if (!ok) problems.push(`not a kg store: ${name} should be ${wanted}, found ${kindOf(value, 'a list')}`);
  };
  expect('documents', data['documents'], Array.isArray(data['documents']), 'a list');
  expect('lexicon', data['lexicon'], isObject(data['lexicon']), 'an object');
  expect('merges', data['merges'], Array.isArray(data['merges']), 'a list');
  const overrides = data['overrides'];
  if (overrides !== undefined) expect('overrides', overrides, Array.isArray(overrides) && overrides.every(isOverride), 'a list of merges and unmerges');
  const graph = data['graph'];
  expect('graph', graph, isObject(graph), 'an object');
  if (isObject(graph)) {
    expect('graph.nodes', graph['nodes'], Array.isArray(graph['nodes']), 'a list');
    expect('graph.edges', graph['edges'], Array.isArray(graph['edges']), 'a list');
  }
  return problems;
}

function shown(value: unknown): string {
  return value === undefined ? 'missing' : json(value);
}

/** `{action: 'merge', names: [a, b]}` or `{action: 'unmerge', name}`, with names as text. */
function isOverride(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (value['action'] === 'unmerge') return typeof value['name'] === 'string';
  const names = value['names'];
  return value['action'] === 'merge' && Array.isArray(names) && names.length === 2 && names.every((name) => typeof name === 'string');
}
