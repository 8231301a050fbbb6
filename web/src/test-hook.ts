/**
 * `window.kg`: a small read-only window on what sigma draws, for the browser tests and the page
 * benchmark (which also pans the camera through `pan`). The page never reads it.
 */
import type { GraphView } from './graph-view.js';
import type { LayoutControl } from './layout-control.js';
import { HIGHLIGHT_EDGE, PATH_COLOURS } from './palette.js';

export interface KgHook {
  /** True once the graph is loaded and drawn (or found empty); `error` says why it never will be. */
  ready: boolean;
  error: string | null;
  /** `performance.now()` at sigma's first drawn frame (ms since navigation began). */
  firstFrameAt(): number | null;
  /** Frames sigma has drawn so far. */
  frames(): number;
  graphOrder(): number;
  graphSize(): number;
  /** Nodes and edges sigma has display data for and does not hide. */
  renderedNodeCount(): number;
  renderedEdgeCount(): number;
  /** The label sigma draws for a node ('' when dimmed, null when it has none). */
  nodeLabel(key: string): string | null;
  highlightedNodes(): string[];
  /** Edges drawn lit: in the highlight colour or a path's own colour. */
  highlightedEdges(): string[];
  /** The colour sigma draws an edge or node in (null when hidden or unknown). */
  edgeColour(key: string): string | null;
  nodeColour(key: string): string | null;
  hoveredNode(): string | null;
  selectedNode(): string | null;
  selectedEdge(): string | null;
  /** The colour and size sigma draws a node with. */
  nodeLook(key: string): { color: string; size: number } | null;
  /** The labels sigma drew in its last frame. */
  displayedLabels(): string[];
  /** Where a node's label is drawn, in page pixels. */
  labelBox(key: string): { x0: number; y0: number; x1: number; y1: number } | null;
  /** How an edge bends: 0 straight, and parallel edges between one pair each their own way. */
  edgeCurvature(key: string): number | null;
  /** The camera's state: where it looks (framed graph coordinates) and how far out. */
  camera(): { x: number; y: number; ratio: number };
  /** Where a node is drawn, in page pixels, so a test can click it for real. */
  nodePosition(key: string): { x: number; y: number } | null;
  layoutRunning(): boolean;
  layoutIterations(): number;
  /** Selects a node as a click does; resolves with the milliseconds until the focused view was drawn. */
  selectTimed(key: string): Promise<number>;
  /** Pans the camera steadily for `ms` milliseconds and reports the frames sigma drew meanwhile. */
  pan(ms: number): Promise<{ frames: number; ms: number }>;
}

declare global {
  interface Window {
    kg?: KgHook;
  }
}

const LIT_EDGE_COLOURS = new Set<string>([HIGHLIGHT_EDGE, ...PATH_COLOURS]);

export interface HookSources {
  view: GraphView | null;
  layout: LayoutControl | null;
  select: ((key: string) => void) | null;
}

export function installTestHook(sources: HookSources): KgHook {
  const shown = (): GraphView | null => sources.view;
  const nodes = (test: (key: string) => boolean): string[] => shown()?.graph.filterNodes((key) => test(key)) ?? [];
  const edges = (test: (key: string) => boolean): string[] => shown()?.graph.filterEdges((key) => test(key)) ?? [];
  const nodeData = (key: string) => shown()?.sigma.getNodeDisplayData(key);
  const edgeData = (key: string) => shown()?.sigma.getEdgeDisplayData(key);
  const hook: KgHook = {
    ready: false,
    error: null,
    firstFrameAt: () => shown()?.firstFrameAt ?? null,
    frames: () => shown()?.frames ?? 0,
    graphOrder: () => shown()?.graph.order ?? 0,
    graphSize: () => shown()?.graph.size ?? 0,
    renderedNodeCount: () => nodes((key) => nodeData(key)?.hidden === false).length,
    renderedEdgeCount: () => edges((key) => edgeData(key)?.hidden === false).length,
    nodeLabel: (key) => nodeData(key)?.label ?? null,
    highlightedNodes: () => nodes((key) => nodeData(key)?.highlighted === true).sort(),
    highlightedEdges: () => edges((key) => edgeData(key)?.hidden === false && LIT_EDGE_COLOURS.has(edgeData(key)?.color ?? '')).sort(),
    edgeColour: (key) => (edgeData(key)?.hidden === false ? (edgeData(key)?.color ?? null) : null),
    nodeColour: (key) => (nodeData(key)?.hidden === false ? (nodeData(key)?.color ?? null) : null),
    hoveredNode: () => shown()?.state.hoveredNode ?? null,
    selectedNode: () => shown()?.state.selectedNode ?? null,
    selectedEdge: () => shown()?.state.selectedEdge ?? null,
    nodeLook: (key) => {
      const data = nodeData(key);
      return data === undefined ? null : { color: data.color, size: data.size };
    },
    displayedLabels: () => [...(shown()?.sigma.getNodeDisplayedLabels() ?? [])].sort(),
    labelBox: (key) => {
      const view = shown();
      const box = view?.labels.box(key) ?? null;
      if (view === undefined || view === null || box === null) return null;
      const frame = view.sigma.getContainer().getBoundingClientRect();
      return { x0: frame.left + box.x0, y0: frame.top + box.y0, x1: frame.left + box.x1, y1: frame.top + box.y1 };
    },
    edgeCurvature: (key) => (shown()?.graph.hasEdge(key) === true ? shown()!.graph.getEdgeAttribute(key, 'curvature') : null),
    camera: () => {
      const { x, y, ratio } = shown()?.sigma.getCamera().getState() ?? { x: 0, y: 0, ratio: 1 };
      return { x, y, ratio };
    },
    nodePosition: (key) => {
      const view = shown();
      if (view === null || !view.graph.hasNode(key)) return null;
      const { x, y } = view.graph.getNodeAttributes(key);
      const point = view.sigma.graphToViewport({ x, y });
      const box = view.sigma.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    layoutRunning: () => sources.layout?.running ?? false,
    layoutIterations: () => sources.layout?.iterations ?? 0,
    selectTimed: async (key) => {
      const started = performance.now();
      sources.select?.(key);
      // sigma draws in the refresh itself; the next frame is when the browser has put it on screen
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - started;
    },
    pan: async (ms) => {
      const view = shown();
      if (view === null) return { frames: 0, ms: 0 };
      const camera = view.sigma.getCamera();
      const start = { frames: view.frames, at: performance.now() };
      await camera.animate({ x: camera.x + 0.5, y: camera.y + 0.3 }, { duration: ms, easing: 'linear' });
      return { frames: view.frames - start.frames, ms: performance.now() - start.at };
    },
  };
  window.kg = hook;
  return hook;
}
