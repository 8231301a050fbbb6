/** The seed graph: the relations, types and alias merges the core issue names, and evidence that holds. */
import assert from 'node:assert/strict';
import { MultiDirectedGraph } from 'graphology';
import { extractDocuments } from '../../src/cli/extract-documents.js';
import { addDocuments, emptyStore, removeDocuments } from '../../src/graph/corpus.js';
import type { StoreContents } from '../../src/graph/store.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/types.js';

type Graph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

async function buildSeeds(): Promise<StoreContents> {
  const errors: unknown[] = [];
  const run = await extractDocuments(['seeds'], { knownIds: new Set(), lexicon: {}, onError: (e) => errors.push(e) });
  assert.deepEqual(errors, []);
  return addDocuments(emptyStore(), run.documents, run.lexicon).store;
}

function nodeNamed(graph: Graph, alias: string): string {
  const found = graph.findNode((_key, a) => Object.keys(a.aliases).some((x) => x.toLowerCase() === alias.toLowerCase()));
  assert.ok(found, `no node with alias ${alias}`);
  return found;
}

describe('the seed graph', function () {
  this.timeout(60000);
  let store: StoreContents;
  let graph: Graph;

  before(async () => {
    store = await buildSeeds();
    graph = MultiDirectedGraph.from(store.graph);
  });

  it('has Blinken → write to → Ghani', () => {
    const edge = `${nodeNamed(graph, 'Blinken')}|write to|${nodeNamed(graph, 'Ghani')}`;
    assert.ok(graph.hasEdge(edge), `missing ${edge}`);
  });

  it('has US → ask → Turkey with a complement about hosting', () => {
    const edge = `${nodeNamed(graph, 'US')}|ask|${nodeNamed(graph, 'Turkey')}`;
    assert.ok(graph.hasEdge(edge), `missing ${edge}`);
    const evidence = graph.getEdgeAttribute(edge, 'evidence');
    assert.ok(evidence.some((e) => /host/.test(e.complement ?? '')), JSON.stringify(evidence));
  });

  it('types the Taliban as a group or organization', () => {
    assert.match(graph.getNodeAttribute(nodeNamed(graph, 'Taliban'), 'type'), /^(group|organization)$/);
  });

  const merged: string[][] = [
    ['Antony Blinken', 'Anthony Blinken', 'Blinken', 'Secretary of State Antony Blinken', 'U.S. Secretary of State Antony Blinken'],
    ['Ashraf Ghani', 'President Ashraf Ghani', 'Ghani'],
    // the seeds name the country U.S. only inside longer names (`U.S. forces`); resolve.test.ts merges U.S. with US
    ['United States', 'US'],
    ['TOLONews', 'TOLOnews'],
    ['Taliban', 'the Taliban'],
  ];
  for (const forms of merged) {
    it(`merges ${forms.join(', ')} into one node, each merge with a reason`, () => {
      const keys = new Set(forms.map((f) => nodeNamed(graph, f.replace(/^the /, ''))));
      assert.equal(keys.size, 1, `${forms.join(', ')} are in ${[...keys].join(', ')}`);
      const key = [...keys][0]!;
      const label = graph.getNodeAttribute(key, 'label');
      for (const form of forms.map((f) => f.replace(/^the /, ''))) {
        if (form === label) continue;
        const merge = store.merges.find((m) => m.node === key && m.alias.toLowerCase() === form.toLowerCase());
        assert.ok(merge && merge.reason.length > 0, `no merge recorded for ${form} → ${label}`);
      }
    });
  }

  it('every edge’s evidence span, read from the document at its offsets, contains an alias of both ends, or the pronoun read as it', () => {
    const texts = new Map(store.documents.map((d) => [d.id, d.text]));
    const lower = (s: string): string => s.toLowerCase().replace(/’/g, "'");
    graph.forEachEdge((edge, attributes, source, target) => {
      for (const evidence of attributes.evidence) {
        const text = texts.get(evidence.doc)!;
        const span = lower(text.slice(evidence.start, evidence.end));
        for (const [node, end] of [[source, 'subject'], [target, 'object']] as const) {
          const aliases = Object.keys(graph.getNodeAttribute(node, 'aliases'));
          const read = evidence.resolved?.find((resolved) => resolved.end === end);
          if (read === undefined) {
            assert.ok(aliases.some((a) => span.includes(lower(a))), `${edge}: "${span}" holds none of ${aliases.join(' | ')}`);
            continue;
          }
          // the pronoun stands in the span, and the name it was read from holds an alias
          assert.equal(text.slice(read.pronounSpan.start, read.pronounSpan.end), read.pronoun);
          assert.ok(read.pronounSpan.start >= evidence.start && read.pronounSpan.end <= evidence.end, `${edge}: pronoun outside the span`);
          const name = lower(text.slice(read.antecedent.nameSpan.start, read.antecedent.nameSpan.end));
          assert.ok(aliases.some((a) => name.includes(lower(a))), `${edge}: "${name}" holds none of ${aliases.join(' | ')}`);
        }
      }
    });
  });

  it('every edge has weight = its evidence count and a key subject|lemma|object', () => {
    graph.forEachEdge((edge, a, source, target) => {
      assert.equal(a.weight, a.evidence.length);
      assert.equal(edge, `${source}|${a.lemma}|${target}`);
    });
  });

  it('adding the same documents again reads none of them and changes nothing', async () => {
    const run = await extractDocuments(['seeds'], { knownIds: new Set(store.documents.map((d) => d.id)), lexicon: store.lexicon, onError: assert.fail });
    assert.equal(run.documents.length, 0);
    assert.equal(run.known, 4);
    const before = JSON.stringify(store);
    assert.equal(JSON.stringify(addDocuments(store, run.documents, run.lexicon).store), before);
  });

  it('gives the same graph whatever order the documents come in', () => {
    const reversed = addDocuments(emptyStore(), [...store.documents].reverse(), store.lexicon).store;
    assert.equal(JSON.stringify(reversed.graph), JSON.stringify(store.graph));
    assert.deepEqual(reversed.merges, store.merges);
  });

  it('removing a document removes its evidence and the edges and nodes left with none', () => {
    const removed = store.documents[1]!;
    const after = MultiDirectedGraph.from(removeDocuments(store, [removed.id]).graph);
    assert.ok(after.size < graph.size && after.order < graph.order);
    after.forEachEdge((_edge, a) => {
      assert.ok(a.evidence.length > 0);
      assert.ok(a.evidence.every((e) => e.doc !== removed.id));
    });
    after.forEachNode((node, a) => {
      assert.ok(after.degree(node) > 0, `${node} left without edges`);
      assert.ok(!a.documents.includes(removed.id));
    });
    // putting it back gives the graph we started from
    const restored = addDocuments(removeDocuments(store, [removed.id]), [removed], store.lexicon).store;
    assert.deepEqual(restored.graph, store.graph);
  });
});
