/**
 * Lays the graph out at build time: ForceAtlas2 from starting positions seeded by each node's key,
 * so the same corpus always gives the same picture (and the GEXF export carries it).
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { EntityType } from '../types.js';
import type { KgGraph } from './build.js';

// A CommonJS package with ES-style typings: Node hands over module.exports, which its types call `default`.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** Colours by type, chosen to stay apart for the common forms of colour blindness. */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  person: '#d55e00',
  organization: '#0072b2',
  place: '#009e73',
  group: '#cc79a7',
  concept: '#8c8c8c',
};

/**
 * Iterations shrink as the graph grows, so a corpus of thousands of articles still builds in
 * seconds: the layout is the one step of a build no worker thread shares. The page's worker
 * refines further on demand.
 */
function iterationsFor(order: number): number {
  return Math.max(30, Math.min(500, Math.round(300_000 / Math.max(order, 1))));
}

/** Sets `x`, `y`, `size` and `color` on every node. */
export function layOut(graph: KgGraph): void {
  const spread = Math.sqrt(graph.order) * 10;
  graph.forEachNode((key, attributes) => {
    const [u, v] = unitPair(key);
    attributes.x = u * spread;
    attributes.y = v * spread;
    attributes.size = nodeSize(attributes.type, graph.degree(key));
    attributes.color = TYPE_COLORS[attributes.type];
  });
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: iterationsFor(graph.order),
      settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false },
      getEdgeWeight: null,
    });
  }
  graph.forEachNode((_key, attributes) => {
    // six decimals are far below a pixel and keep the stored file small and stable
    attributes.x = round(attributes.x!);
    attributes.y = round(attributes.y!);
  });
}

/**
 * A node's area grows with its degree, so hubs stand out without drowning their neighbours; concepts
 * (`letter`, `peace talks`) are drawn smaller than named actors, which are what readers look for.
 */
export function nodeSize(type: EntityType, degree: number): number {
  return type === 'concept' ? round(1.5 + 1.5 * Math.sqrt(degree)) : round(3 + 2.5 * Math.sqrt(degree));
}

/** Two numbers in [-1, 1) from a string (FNV-1a, then a second round), the same on every machine. */
function unitPair(text: string): [number, number] {
  let h1 = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193);
  const h2 = Math.imul(h1 ^ 0x5bd1e995, 0x01000193) ^ (h1 >>> 15);
  return [((h1 >>> 0) / 2 ** 32) * 2 - 1, ((h2 >>> 0) / 2 ** 32) * 2 - 1];
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
