/**
 * The nodes within `depth` steps of an actor and the edges query/neighbors.ts may walk among them:
 * every edge at a node less than `depth` steps away (one SQL query per ring), and the edges
 * joining two nodes of the last ring. Taken whatever the filters, as area-search.ts does.
 */
import type { PoolClient } from 'pg';
import type { AreaLimits } from './area-search.js';
import { incidentEdges } from './incident-edges.js';

export interface Area {
  nodes: Set<string>;
  edges: Set<string>;
  /** A limit stopped the walk: nodes beyond it may be missing. */
  capped: boolean;
}

export async function neighbourhoodArea(client: PoolClient, center: string, depth: number, limits: AreaLimits): Promise<Area> {
  const area: Area = { nodes: new Set([center]), edges: new Set(), capped: false };
  let ring = [center];
  for (let step = 0; step < depth && ring.length > 0; step++) {
    const found = await incidentEdges(client, ring, limits.maxEdges);
    if (found === null) return { ...area, capped: true };
    const next: string[] = [];
    for (const { key, source, target } of found) {
      area.edges.add(key);
      for (const end of [source, target]) {
        if (area.nodes.has(end)) continue;
        area.nodes.add(end);
        next.push(end);
      }
    }
    ring = next;
    if (area.nodes.size > limits.maxNodes) return { ...area, capped: true };
  }
  const among = await incidentEdges(client, ring, limits.maxEdges, 'source = ANY($1) AND target = ANY($1)');
  if (among === null) return { ...area, capped: true };
  for (const { key } of among) area.edges.add(key);
  return area;
}
