/**
 * Other people's readers, run on our exports: xmllint against the official GEXF 1.3 RELAX NG
 * schema, and networkx's `read_gexf` / `read_graphml` with the checks networkx itself skips
 * (duplicate node ids, edge ends that are not declared nodes). A missing tool fails the test,
 * never skips it, and says how to install it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const GEXF_RNG = path.resolve('data/gexf-schema/1.3/gexf.rng');

const INSTALL_XMLLINT = 'apt-get update && apt-get install -y libxml2-utils';
const INSTALL_NETWORKX =
  "python3 -m pip install 'networkx>=3' (the machine image's python3 has networkx 3.6.1; Debian's python3-networkx 2.8 cannot read GEXF 1.3)";

/** Fails with xmllint's own messages when the file breaks the schema. */
export function assertValidGexf(file: string): void {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--relaxng', GEXF_RNG, file], { encoding: 'utf8' });
  if (run.error !== undefined) throw new Error(`the GEXF tests need xmllint (${run.error.message}); install it with: ${INSTALL_XMLLINT}`);
  const messages = run.stderr.split('\n').filter((line) => line !== '' && !line.endsWith(' validates')).slice(0, 25);
  assert.equal(run.status, 0, `${file} is not valid GEXF 1.3 (xmllint --relaxng ${path.relative('.', GEXF_RNG)}):\n${messages.join('\n')}`);
}

export interface NetworkxGraph {
  /** `MultiDiGraph` when there are parallel edges, `DiGraph` otherwise: networkx decides from the file. */
  kind: string;
  nodes: number;
  edges: number;
  /** Read from the XML itself, since networkx merges duplicates and invents missing ends silently. */
  elements: { nodes: number; edges: number; duplicateNodeIds: string[]; undeclaredEnds: string[]; duplicateEdgeIds: string[] };
  /** Every node's attributes and every edge `[source, target, key, attributes]`, when asked for. */
  nodeData?: Record<string, Record<string, unknown>>;
  edgeData?: [string, string, string, Record<string, unknown>][];
}

const READER = String.raw`
import json, sys
import xml.etree.ElementTree as ET
try:
    import networkx
except ImportError:
    print(json.dumps({"missing": "networkx"})); sys.exit(0)
major = int(networkx.__version__.split(".")[0])
if major < 3:
    print(json.dumps({"missing": "networkx " + networkx.__version__})); sys.exit(0)
path, form, detail = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
g = networkx.read_gexf(path) if form == "gexf" else networkx.read_graphml(path)
local = lambda tag: tag.rsplit("}", 1)[-1]
ids, dups, ends, edge_ids, edge_dups, nn, ne = set(), [], [], set(), [], 0, 0
for _, el in ET.iterparse(path):
    tag = local(el.tag)
    if tag == "node":
        nn += 1; i = el.get("id")
        if i in ids: dups.append(i)
        ids.add(i)
    elif tag == "edge":
        ne += 1; ends += [el.get("source"), el.get("target")]; e = el.get("id")
        if e in edge_ids: edge_dups.append(e)
        edge_ids.add(e); el.clear()
out = {
    "kind": type(g).__name__, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
    "elements": {"nodes": nn, "edges": ne, "duplicateNodeIds": dups[:5], "duplicateEdgeIds": edge_dups[:5],
                 "undeclaredEnds": sorted({x for x in ends if x not in ids})[:5]},
}
if detail:
    out["nodeData"] = {n: d for n, d in g.nodes(data=True)}
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, d.get("id"), d) for u, v, d in g.edges(data=True))
    out["edgeData"] = [[u, v, k, d] for u, v, k, d in edges]
print(json.dumps(out, default=str))
`;

let python: string | undefined;

/** The first of `python3` and `/usr/bin/python3` with networkx 3 or later, as check-gexf picks it. */
function pythonWithNetworkx(): string {
  if (python !== undefined) return python;
  const found: string[] = [];
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const run = spawnSync(candidate, ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
    if (run.error !== undefined) continue;
    const version = run.stdout.trim();
    if (run.status === 0 && Number(version.split('.')[0]) >= 3) return (python = candidate);
    found.push(`${candidate}: ${run.status === 0 ? `networkx ${version}` : 'no networkx'}`);
  }
  throw new Error(`the export tests need networkx 3 or later (${found.join('; ') || 'no python3'}); install it with: ${INSTALL_NETWORKX}`);
}

/** Reads a GEXF or GraphML file with networkx and checks what networkx would hide; `detail` returns the attributes too. */
export function readWithNetworkx(file: string, form: 'gexf' | 'graphml', detail = false): NetworkxGraph {
  const run = spawnSync(pythonWithNetworkx(), ['-c', READER, file, form, detail ? '1' : '0'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(run.status, 0, `networkx could not read ${file} as ${form}:\n${run.stderr.split('\n').slice(-6).join('\n')}`);
  const graph = JSON.parse(run.stdout) as NetworkxGraph & { missing?: string };
  if (graph.missing !== undefined) throw new Error(`the export tests need networkx 3 or later, found ${graph.missing}; install it with: ${INSTALL_NETWORKX}`);
  const { elements } = graph;
  assert.deepEqual(elements.duplicateNodeIds, [], `${file}: duplicate node ids`);
  assert.deepEqual(elements.duplicateEdgeIds, [], `${file}: duplicate edge ids`);
  assert.deepEqual(elements.undeclaredEnds, [], `${file}: edge ends that are not declared nodes`);
  assert.equal(graph.nodes, elements.nodes, `${file}: networkx read ${graph.nodes} nodes of ${elements.nodes}`);
  assert.equal(graph.edges, elements.edges, `${file}: networkx read ${graph.edges} edges of ${elements.edges}`);
  return graph;
}
