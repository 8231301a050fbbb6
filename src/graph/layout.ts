/**
 * Lays the graph out at build time, for the view the page opens on: first the actor overview alone
 * (ForceAtlas2, then noverlap so nodes and the main actors' labels do not pile up), then every other
 * node beside the neighbours already placed. Starting positions come from each node's key, so the
 * same corpus always gives the same picture (and the GEXF export carries it).
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import type { EntityType } from '../types.js';
import type { KgGraph } from './build.js';
import { measure } from './metrics.js';
import { pairGraph, type PairGraph } from './overview.js';

// CommonJS packages with ES-style typings: Node hands over module.exports, which their types call `default`.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

/** Colours by type, chosen to stay apart for the common forms of colour blindness. */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  person: '#d55e00',
  organization: '#0072b2',
  place: '#009e73',
  group: '#cc79a7',
  concept: '#8c8c8c',
};

/**
 * The overview's width in layout units for a thousand actors, about the pixels the page's first
 * frame gives it: node sizes and label widths are in pixels, so noverlap can keep them apart at the
 * scale they are seen. A larger overview gets a larger area, the same for each actor: packed into
 * one frame, ten thousand actors could never be kept apart (and noverlap would try for minutes).
 */
const OVERVIEW_EXTENT = 640;
const ACTORS_PER_EXTENT = 1000;
/** The actors whose labels noverlap makes room for: the page labels them first (see web/src/labels.ts). */
const LABELS_MADE_ROOM_FOR = 24;
/** Between a node and its label, as sigma draws them, in pixels. */
const LABEL_GAP = 3;
/** About the width of one character of a 13 px label, in pixels. */
const LABEL_CHAR_WIDTH = 7.5;

/**
 * Iterations shrink as the graph grows, so a corpus of thousands of articles still builds in
 * seconds: the layout is the one step of a build no worker thread shares. The page's worker
 * refines further on demand.
 */
function iterationsFor(order: number): number {
  return Math.max(30, Math.min(500, Math.round(300_000 / Math.max(order, 1))));
}

/** Sets the metrics of metrics.ts, and `x`, `y`, `size` and `color`, on every node. */
export function layOut(graph: KgGraph): void {
  measure(graph);
  const maxDegree = graph.reduceNodes((max, key) => Math.max(max, graph.degree(key)), 0);
  graph.forEachNode((key, attributes) => {
    const [u, v] = unitPair(key);
    attributes.x = u * OVERVIEW_EXTENT;
    attributes.y = v * OVERVIEW_EXTENT;
    attributes.size = nodeSize(attributes.type, graph.degree(key), maxDegree);
    attributes.color = TYPE_COLORS[attributes.type];
  });
  const placed = layOutOverview(graph);
  layOutTheRest(graph, placed);
  graph.forEachNode((_key, attributes) => {
    // six decimals are far below a pixel and keep the stored file small and stable
    attributes.x = round(attributes.x!);
    attributes.y = round(attributes.y!);
  });
}

/** Lays out the overview on its own and returns its nodes. */
function layOutOverview(graph: KgGraph): Set<string> {
  const overview = pairGraph(graph, (key) => graph.getNodeAttribute(key, 'overview') === true);
  if (overview.order === 0) return new Set();
  forceAtlas2.assign(overview, {
    iterations: iterationsFor(overview.order),
    // strong gravity keeps the many small stories of a news corpus near the big one instead of adrift
    settings: { ...forceAtlas2.inferSettings(overview), barnesHutOptimize: overview.order > 500, strongGravityMode: true, gravity: 0.05, adjustSizes: false },
    getEdgeWeight: null,
  });
  scaleTo(overview, OVERVIEW_EXTENT * Math.sqrt(Math.max(1, overview.order / ACTORS_PER_EXTENT)));
  const labelled = new Map(
    overview.nodes()
      .map((key) => ({ key, rank: graph.getNodeAttribute(key, 'pagerank') ?? 0 }))
      .sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : 1))
      .slice(0, LABELS_MADE_ROOM_FOR)
      .map(({ key }) => [key, graph.getNodeAttribute(key, 'label').length * LABEL_CHAR_WIDTH]),
  );
  // a labelled node's circle is widened over its label, which sigma draws to the right of the node
  const shift = (key: string): number => (labelled.has(key) ? (LABEL_GAP + labelled.get(key)!) / 2 : 0);
  noverlap.assign(overview, {
    // its cost grows with the nodes per grid cell and the iterations: both are held so at any size
    maxIterations: Math.max(20, Math.min(200, Math.round(200_000 / overview.order))),
    settings: { margin: 2, ratio: 1, expansion: 1.05, gridSize: Math.max(20, Math.round(Math.sqrt(overview.order) / 2)) },
    inputReducer: (key, { x, y, size = 1 }) => ({ x: x + shift(key), y, size: size + shift(key) }),
    outputReducer: (key, { x, y }) => ({ x: x - shift(key), y }),
  });
  overview.forEachNode((key, { x, y }) => graph.mergeNodeAttributes(key, { x, y }));
  return new Set(overview.nodes());
}

/**
 * Places every other node beside its neighbours already placed, breadth first from the overview:
 * a node tied to one placed node joins the spiral of satellites around it (a concept sits by its
 * actor), a node tied to several sits between them.
 */
function layOutTheRest(graph: KgGraph, placed: Set<string>): void {
  const queue = [...placed];
  const reach = queue.reduce((far, key) => Math.max(far, Math.abs(graph.getNodeAttribute(key, 'x')!), Math.abs(graph.getNodeAttribute(key, 'y')!)), OVERVIEW_EXTENT / 2);
  const positioned = new Set(placed);
  const satellites = new Map<string, number>();
  const placeFrom = (start: number): void => {
    for (let i = start; i < queue.length; i++) {
      const parent = queue[i]!;
      graph.forEachNeighbor(parent, (neighbor) => {
        if (positioned.has(neighbor)) return;
        let [sx, sy, n] = [0, 0, 0];
        graph.forEachNeighbor(neighbor, (other, { x, y }) => {
          if (positioned.has(other)) [sx, sy, n] = [sx + x!, sy + y!, n + 1];
        });
        if (n > 1) {
          graph.mergeNodeAttributes(neighbor, { x: sx / n, y: sy / n });
        } else {
          const k = satellites.get(parent) ?? 0;
          satellites.set(parent, k + 1);
          const { x, y, size } = graph.getNodeAttributes(parent);
          const [angle, radius] = [k * GOLDEN_ANGLE, size! + 6 + 5 * Math.sqrt(k)];
          graph.mergeNodeAttributes(neighbor, { x: x! + radius * Math.cos(angle), y: y! + radius * Math.sin(angle) });
        }
        positioned.add(neighbor);
        queue.push(neighbor);
      });
    }
  };
  placeFrom(0);
  // what no path joins to the overview starts on a wide ring around it, each component spiralling
  // out from its first node; ForceAtlas2 over all of it would cost more than the rest of the layout
  graph.forEachNode((key) => {
    if (positioned.has(key)) return;
    const [u, v] = unitPair(key);
    const [angle, radius] = [Math.PI * u, reach * (1.2 + 1.2 * Math.sqrt(Math.abs(v)))];
    graph.mergeNodeAttributes(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    positioned.add(key);
    queue.push(key);
    placeFrom(queue.length - 1);
  });
}

/** Successive satellites turn by this much, so a spiral of them never lines up (as seeds in a sunflower). */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Scales positions about their centre so the wider side spans `extent`. */
function scaleTo(graph: PairGraph, extent: number): void {
  const points = graph.mapNodes((_key, attributes) => attributes);
  const [xs, ys] = [points.map((p) => p.x), points.map((p) => p.y)];
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = extent / Math.max(x1 - x0, y1 - y0, 1e-9);
  for (const point of points) {
    point.x = (point.x - (x0 + x1) / 2) * scale;
    point.y = (point.y - (y0 + y1) / 2) * scale;
  }
}

/**
 * A node's area grows with its degree, relative to the best-connected node, so hubs stand out
 * without drowning their neighbours at any corpus size; concepts (`letter`, `peace talks`) are drawn
 * smaller than named actors, which are what readers look for. Sizes are radii in pixels.
 */
export function nodeSize(type: EntityType, degree: number, maxDegree: number): number {
  const share = Math.sqrt(degree / Math.max(maxDegree, 1));
  return type === 'concept' ? round(1.5 + 7 * share) : round(ACTOR_SIZES[0] + (ACTOR_SIZES[1] - ACTOR_SIZES[0]) * share);
}

/** The smallest and largest actor, in pixels: a thousand actors fit a first frame side by side. */
export const ACTOR_SIZES: readonly [number, number] = [2.5, 16];

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
