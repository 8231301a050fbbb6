/**
 * Chooses the labels to draw: the most important nodes first (the selected or hovered neighbourhood
 * ahead of the rest), each only where its label overlaps no label already chosen, up to a count set
 * by the label-density control. Sigma's own grid keeps at most one label per cell but lets labels
 * of neighbouring cells overlap, and ranks by size alone.
 */
import type Sigma from 'sigma';
import { importanceOf } from './encodings.js';
import type { PageEdge, PageGraph, PageNode } from './graph-data.js';
import { focusedNodes, nodeShown } from './reducers.js';
import type { ViewState } from './view-state.js';

export interface LabelStyle {
  font: string;
  size: number;
  weight: string;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** At density 0, this many labels; at 1, every label that fits. */
const FEWEST = 10;
/** Pixels of graph per label at density ½: about one label per 150 × 50 px. */
const AREA_PER_LABEL = 7500;
/** Between a node and its label, as sigma draws them. */
const GAP = 3;

export class LabelChooser {
  private readonly widths = new Map<string, number>();
  private readonly measure: CanvasRenderingContext2D | null;

  constructor(
    private readonly sigma: Sigma<PageNode, PageEdge>,
    private readonly graph: PageGraph,
    private readonly state: ViewState,
    private readonly style: LabelStyle,
  ) {
    this.measure = document.createElement('canvas').getContext('2d');
    if (this.measure !== null) this.measure.font = `${style.weight} ${style.size}px ${style.font}`;
  }

  /** Sets `state.labelled` for the current camera, scope and filters; returns the nodes shown (it asks of each anyway). */
  choose(): Set<string> {
    const { width, height } = this.sigma.getDimensions();
    const budget = this.state.labelDensity >= 1 ? Infinity : FEWEST + Math.round((this.state.labelDensity * 2 * width * height) / AREA_PER_LABEL);
    const focus = focusedNodes(this.state);
    const candidates: { key: string; first: boolean; importance: number }[] = [];
    const shown = new Set<string>();
    this.graph.forEachNode((key, node) => {
      if (!nodeShown(this.graph, key, this.state)) return;
      shown.add(key);
      if (focus !== null && !focus.has(key) && key !== this.state.selectedNode) return; // dimmed: never labelled
      candidates.push({ key, first: key === this.state.selectedNode || key === this.state.hoveredNode, importance: importanceOf(node, this.state) });
    });
    candidates.sort((a, b) => Number(b.first) - Number(a.first) || b.importance - a.importance || (a.key < b.key ? -1 : 1));
    const placed: Box[] = [];
    const chosen = new Set<string>();
    for (const { key } of candidates) {
      if (chosen.size >= budget) break;
      const box = this.box(key);
      if (box === null || box.x1 < 0 || box.x0 > width || box.y1 < 0 || box.y0 > height) continue;
      if (placed.some((other) => overlaps(box, other))) continue;
      placed.push(box);
      chosen.add(key);
    }
    this.state.labelled = chosen;
    return shown;
  }

  /** Where the node's label is drawn, in viewport pixels: to the right of the node, centred on it. */
  box(key: string): Box | null {
    const data = this.sigma.getNodeDisplayData(key);
    if (data === undefined) return null;
    const centre = this.sigma.framedGraphToViewport(data);
    const radius = this.sigma.scaleSize(data.size);
    const x0 = centre.x + radius + GAP;
    const half = this.style.size / 2 + 1;
    return { x0, y0: centre.y - half, x1: x0 + this.width(key), y1: centre.y + half };
  }

  private width(key: string): number {
    let width = this.widths.get(key);
    if (width === undefined) {
      const label = this.graph.getNodeAttribute(key, 'label');
      width = this.measure?.measureText(label).width ?? label.length * this.style.size * 0.6;
      this.widths.set(key, width);
    }
    return width;
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
