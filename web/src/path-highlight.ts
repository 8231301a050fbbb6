/** Lights a query's answer on the graph: paths hop by hop, one hop every 300 ms, each in its own colour; any other answer at once. */
import type { PathView, QueryAnswer } from '../../src/api-types.js';
import { pathColour } from './palette.js';
import type { Highlight } from './view-state.js';

export const HOP_MS = 300;

/** Calls `show` with the growing highlight; returns a function that stops the animation. */
export function lightUp(answer: QueryAnswer, show: (highlight: Highlight | null) => void, stepMs = HOP_MS): () => void {
  const whole: Highlight = { nodes: new Set(answer.nodes.map((n) => n.key)), edges: new Set(answer.edges.map((e) => e.key)) };
  const paths = (answer.paths ?? []).filter((p) => p.hops.length > 0);
  for (const path of paths) {
    for (const node of path.nodes) whole.nodes.add(node.key);
    for (const hop of path.hops) whole.edges.add(hop.edge);
  }
  if (whole.nodes.size === 0 && whole.edges.size === 0) {
    show(null);
    return () => {};
  }
  if (paths.length === 0) {
    show(whole);
    return () => {};
  }
  const colours = pathColours(answer.paths ?? []);
  if (colours !== undefined) whole.edgeColours = colours;
  // every path starts lit at its first node and grows one hop per step, all paths in step
  const growing: Highlight = { nodes: new Set(paths.map((p) => p.hops[0]!.from.key)), edges: new Set() };
  if (colours !== undefined) growing.edgeColours = colours;
  show(growing);
  let step = 0;
  const longest = Math.max(...paths.map((p) => p.hops.length));
  const timer = window.setInterval(() => {
    for (const path of paths) {
      const hop = path.hops[step];
      if (hop === undefined) continue;
      growing.edges.add(hop.edge);
      growing.nodes.add(hop.to.key);
    }
    step++;
    if (step >= longest) {
      window.clearInterval(timer);
      show(whole);
    } else {
      show(growing);
    }
  }, stepMs);
  return () => window.clearInterval(timer);
}

/**
 * Several paths are told apart by colour, path i in pathColour(i) as the console marks it; an edge
 * two paths share keeps the colour of the first (the shorter or better supported). One path keeps
 * the plain highlight, the darkest.
 */
export function pathColours(paths: readonly PathView[]): Map<string, string> | undefined {
  if (paths.length < 2) return undefined;
  const colours = new Map<string, string>();
  paths.forEach((path, index) => {
    for (const hop of path.hops) if (!colours.has(hop.edge)) colours.set(hop.edge, pathColour(index));
  });
  return colours;
}
