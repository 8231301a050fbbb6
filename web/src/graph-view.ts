/** Sets sigma up on the page's graph: settings, reducers over the view state, labels, hover, clicks and camera moves. */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, NodePointProgram } from 'sigma/rendering';
import type { GraphPayload } from '../../src/api-types.js';
import { encodingsOf, type Encodings } from './encodings.js';
import { addPayload, type PageEdge, type PageGraph, type PageNode } from './graph-data.js';
import { LabelChooser } from './labels.js';
import { edgeReducer, nodeReducer, nodeShown } from './reducers.js';
import type { ViewState } from './view-state.js';

export interface GraphViewEvents {
  clickNode(key: string): void;
  clickEdge(key: string): void;
  clickStage(): void;
  /** Drawn anew after a change of view state (told just after, once for a burst of changes): for the counts and the URL. */
  refreshed(camera: { x: number; y: number; ratio: number }): void;
  /** The camera came to rest somewhere else: for the URL. */
  cameraMoved(camera: { x: number; y: number; ratio: number }): void;
}

/** Edges a software renderer (SwiftShader, llvmpipe) redraws smoothly enough while the camera moves. */
const SOFTWARE_EDGE_BUDGET = 3000;
/** Labels are chosen again once the camera has stood still this long. */
const LABELS_AFTER_MOVE_MS = 120;
const LABEL_STYLE = { font: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', size: 13, weight: '500' };

export class GraphView {
  readonly sigma: Sigma<PageNode, PageEdge>;
  readonly encodings: Encodings;
  readonly labels: LabelChooser;
  /** `performance.now()` when sigma finished drawing its first frame, for the benchmark. */
  readonly firstFrameAt: number;
  frames: number;
  /** Pixels on the right the side panel covers, which framing leaves free. */
  coveredRight = 0;
  private labelTimer: number | undefined;
  private refreshedTimer: number | undefined;
  /** The nodes shown by the last refresh; null when sigma has just drawn everything anew. */
  private drawn: Set<string> | null = null;
  private readonly software: boolean;

  constructor(
    container: HTMLElement,
    readonly graph: PageGraph,
    readonly state: ViewState,
    private readonly events: GraphViewEvents,
  ) {
    const software = (this.software = webglInSoftware());
    this.encodings = encodingsOf(graph);
    this.sigma = new Sigma(graph, container, {
      defaultEdgeType: 'arrow',
      edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      labelFont: LABEL_STYLE.font,
      labelSize: LABEL_STYLE.size,
      labelWeight: LABEL_STYLE.weight,
      edgeLabelSize: 11,
      // labels come from the label chooser alone (forceLabel); sigma's grid would add overlapping ones
      labelDensity: 0,
      // drawn by the CPU, one point per node costs far less than sigma's default quad of two triangles
      ...(software ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
      nodeReducer: nodeReducer(state, this.encodings),
      edgeReducer: edgeReducer(graph, state),
    });
    this.labels = new LabelChooser(this.sigma, graph, state, LABEL_STYLE);
    this.fitScope();
    this.refresh();
    // the first frame is the one drawn with its labels chosen
    this.firstFrameAt = performance.now();
    this.frames = 1;
    this.sigma.on('afterRender', () => this.frames++);
    // Drawn by the CPU, thousands of edges cannot follow every camera step; they come back when it stops.
    if (software && graph.size > SOFTWARE_EDGE_BUDGET) this.sigma.setSetting('hideEdgesOnMove', true);
    this.sigma.getCamera().on('updated', () => this.relabelSoon());
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.on('clickNode', ({ node }) => events.clickNode(node));
    this.sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.sigma.on('clickStage', () => events.clickStage());
  }

  /**
   * Adds the rest of the graph, which came after the overview. Sigma is detached meanwhile: fed
   * node by node through the graph's events, it kept reprocessing on every frame afterwards
   * (panning the corpus fell from 50 to 2 frames/s).
   */
  grow(whole: GraphPayload): void {
    this.sigma.setGraph(new MultiDirectedGraph());
    addPayload(this.graph, whole);
    this.sigma.setGraph(this.graph);
    this.drawn = null;
    // the metrics' largest values may have grown, and a large graph cannot follow the camera with its edges
    Object.assign(this.encodings, encodingsOf(this.graph));
    if (this.software && this.graph.size > SOFTWARE_EDGE_BUDGET) this.sigma.setSetting('hideEdgesOnMove', true);
  }

  /**
   * Redraws after the view state changed, with labels chosen for what is now shown. Only the nodes
   * shown before or now, and their edges, can look different: the thousands out of view stay as
   * they were, and asking the reducers about them again made a selection slow.
   */
  refresh(): void {
    const shown = this.labels.choose();
    const changed = this.drawn === null ? null : new Set([...this.drawn, ...shown]);
    if (changed === null || changed.size > this.graph.order / 2) {
      this.sigma.refresh();
    } else {
      const edges = new Set<string>();
      for (const node of changed) this.graph.forEachEdge(node, (edge) => void edges.add(edge));
      this.sigma.refresh({ partialGraph: { nodes: [...changed], edges: [...edges] } });
    }
    this.drawn = shown;
    // counting what is drawn and rewriting the URL wait for the frame: a selection shows sooner
    if (this.refreshedTimer === undefined) {
      this.refreshedTimer = window.setTimeout(() => {
        this.refreshedTimer = undefined;
        this.events.refreshed(this.sigma.getCamera().getState());
      }, 0);
    }
  }

  /**
   * Frames the view's scope: the overview alone, or the whole graph once concepts are shown. Sigma
   * places nodes anew for the frame, so labels are chosen after that (refresh).
   */
  fitScope(): void {
    const keys = this.graph.filterNodes((key) => nodeShown(this.graph, key, this.state));
    if (keys.length === 0 || keys.length === this.graph.order) {
      this.sigma.setCustomBBox(null);
    } else {
      const xs = keys.map((key) => this.graph.getNodeAttribute(key, 'x'));
      const ys = keys.map((key) => this.graph.getNodeAttribute(key, 'y'));
      this.sigma.setCustomBBox({ x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] });
    }
    this.sigma.refresh();
  }

  /** Selects a node (or none), bringing its neighbourhood out as hover does. */
  select(key: string | null): void {
    this.state.selectedNode = key;
    this.state.selectedNeighbors = key === null ? new Set() : new Set([key, ...this.graph.neighbors(key)]);
  }

  /**
   * Once the camera rests, labels are chosen for where nodes now are. Only the nodes whose label
   * comes or goes are processed again: a whole refresh on every pause would stall a moving camera.
   */
  private relabelSoon(): void {
    window.clearTimeout(this.labelTimer);
    this.labelTimer = window.setTimeout(() => {
      if (this.sigma.getCamera().isAnimated()) return this.relabelSoon();
      const before = this.state.labelled;
      this.labels.choose();
      const changed = [...before].filter((key) => !this.state.labelled.has(key));
      for (const key of this.state.labelled) if (!before.has(key)) changed.push(key);
      if (changed.length > 0) this.sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true });
      this.events.cameraMoved(this.sigma.getCamera().getState());
    }, LABELS_AFTER_MOVE_MS);
  }

  private hover(node: string | null): void {
    this.state.hoveredNode = node;
    this.state.hoveredNeighbors = node === null ? new Set() : new Set([node, ...this.graph.neighbors(node)]);
    this.refresh();
  }

  /** Frames a set of nodes, e.g. a neighbourhood or a path, in the part of the graph the panel leaves free. */
  async frame(keys: Iterable<string>): Promise<void> {
    const points = [...keys].map((key) => this.sigma.getNodeDisplayData(key)).filter((d) => d !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const { width, height } = this.sigma.getDimensions();
    const free = Math.max(width - this.coveredRight, width / 3);
    // framed coordinates span about 1 across the whole graph at ratio 1, over the shorter side of the view
    const side = Math.min(width, height);
    const ratio = Math.min(1, Math.max(0.08, Math.max(((x1 - x0) * side) / free, ((y1 - y0) * side) / height) * 1.3));
    const target = { x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio, angle: 0 };
    // shift the camera right by half the covered width, so the set sits in the middle of what is free
    const middle = this.sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: target });
    const shifted = this.sigma.viewportToFramedGraph({ x: width / 2 + (width - free) / 2, y: height / 2 }, { cameraState: target });
    await this.sigma.getCamera().animate({ ...target, x: target.x + (shifted.x - middle.x) }, { duration: 500 });
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
