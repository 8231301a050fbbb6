/** Checks that parsed JSON is a kg store, at the top level only so loading stays fast. */
import { isObject, kindOf } from '../json-shape.js';
import { readContents } from './store-reader.js';
import { json } from './store-writer.js';

export async function isGoodStore(file: string): Promise<boolean> {
  try {
    return storeProblems(await readContents(file)).length === 0;
  } catch {
    return false;
  }
}

/** What keeps `data` from being a kg store, checked at the top level only so loading stays fast. */
export function storeProblems(data: unknown): string[] {
  if (!isObject(data)) return [`not a kg store: expected a JSON object, found ${kindOf(data, 'a list')}`];
  if (data['format'] !== 'kg-store') {
    return [`not a kg store: format is ${shown(data['format'])}, expected "kg-store"`];
  }
  if (data['version'] !== 1) {
    return [`unsupported kg store version ${shown(data['version'])}: this kg reads version 1`];
  }
  const problems: string[] = [];
  const expect = (name: string, value: unknown, ok: boolean, wanted: string): void => {
    if (!ok) problems.push(`not a kg store: ${name} should be ${wanted}, found ${kindOf(value, 'a list')}`);
  };
  expect('documents', data['documents'], Array.isArray(data['documents']), 'a list');
  expect('lexicon', data['lexicon'], isObject(data['lexicon']), 'an object');
  expect('merges', data['merges'], Array.isArray(data['merges']), 'a list');
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
