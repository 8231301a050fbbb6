/** Sets sigma up on the page's graph: settings, reducers over the view state, hover, clicks and camera moves. */
import Sigma from 'sigma';
import { NodePointProgram } from 'sigma/rendering';
import type { PageEdge, PageGraph, PageNode } from './graph-data.js';
import { edgeReducer, nodeReducer } from './reducers.js';
import type { ViewState } from './view-state.js';

export interface GraphViewEvents {
  clickNode(key: string): void;
  clickEdge(key: string): void;
  clickStage(): void;
}

/** Edges a software renderer (SwiftShader, llvmpipe) redraws smoothly enough while the camera moves. */
const SOFTWARE_EDGE_BUDGET = 3000;

export class GraphView {
  readonly sigma: Sigma<PageNode, PageEdge>;
  /** `performance.now()` when sigma finished drawing its first frame, for the benchmark. */
  readonly firstFrameAt: number;
  frames: number;

  constructor(
    container: HTMLElement,
    readonly graph: PageGraph,
    readonly state: ViewState,
    events: GraphViewEvents,
  ) {
    const software = webglInSoftware();
    this.sigma = new Sigma(graph, container, {
      defaultEdgeType: 'arrow',
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      labelFont: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      edgeLabelSize: 11,
      // fewer, larger label cells keep the labels that do show apart and readable
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      // drawn by the CPU, one point per node costs far less than sigma's default quad of two triangles
      ...(software ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
      nodeReducer: nodeReducer(state),
      edgeReducer: edgeReducer(graph, state),
    });
    // sigma draws its first frame inside its constructor, before any listener can be attached
    this.firstFrameAt = performance.now();
    this.frames = 1;
    this.sigma.on('afterRender', () => this.frames++);
    // Drawn by the CPU, thousands of edges cannot follow every camera step; they come back when it stops.
    if (software && graph.size > SOFTWARE_EDGE_BUDGET) this.sigma.setSetting('hideEdgesOnMove', true);
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.on('clickNode', ({ node }) => events.clickNode(node));
    this.sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.sigma.on('clickStage', () => events.clickStage());
  }

  /** Redraws after the view state changed. */
  refresh(): void {
    this.sigma.refresh();
  }

  private hover(node: string | null): void {
    this.state.hoveredNode = node;
    this.state.hoveredNeighbors = node === null ? new Set() : new Set([node, ...this.graph.neighbors(node)]);
    this.refresh();
  }

  /** Flies the camera to a node, closer in if the view is far out. */
  async flyTo(key: string): Promise<void> {
    const shown = this.sigma.getNodeDisplayData(key);
    if (shown === undefined) return;
    const camera = this.sigma.getCamera();
    await camera.animate({ x: shown.x, y: shown.y, ratio: Math.min(camera.ratio, 0.4) }, { duration: 600 });
  }

  /** Frames a set of nodes, e.g. a path, so all of it is on screen. */
  async frame(keys: Iterable<string>): Promise<void> {
    const points = [...keys].map((key) => this.sigma.getNodeDisplayData(key)).filter((d) => d !== undefined);
    if (points.length === 0) return;
    if (points.length === 1) return this.flyTo([...keys][0]!);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // display coordinates span about 1 across the whole graph at ratio 1; keep a margin around the set
    const ratio = Math.min(1, Math.max(0.15, Math.max(x1 - x0, y1 - y0) * 1.6));
    await this.sigma.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 600 });
  }
}

/** Whether WebGL runs on the CPU (SwiftShader, llvmpipe), asked of a throwaway context before sigma makes its own. */
function webglInSoftware(): boolean {
  const gl = document.createElement('canvas').getContext('webgl2') ?? null;
  if (gl === null) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}
