/** Flattening: what GEXF, GraphML and CSV keep of a node and an edge, on a tiny hand-built graph. */
import assert from 'node:assert/strict';
import { aliasList, flattenEdge, flattenNode, hexToRgb } from '../../src/export/flatten.js';
import { storeInput } from '../../src/export/input.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/types.js';
import { handBuiltStore } from '../support/hand-built.js';

describe('flattening for the exporters', () => {
  const blinken: NodeAttributes = {
    label: 'Antony Blinken', type: 'person', aliases: { Blinken: 2, 'Antony Blinken': 5, 'Anthony Blinken': 2 }, mentions: 9,
    documents: ['d1', 'd2'], x: 1.5, y: -2, size: 12, color: '#D55E00',
  };

  it('joins aliases, the most read first (ties in stored order), and counts documents', () => {
    const flat = flattenNode('antony-blinken', blinken);
    assert.equal(flat.aliases, 'Antony Blinken | Blinken | Anthony Blinken');
    assert.equal(flat.documents, 2);
    assert.equal(flat.mentions, 9);
  });

  it('gives the colour as #rrggbb and as r, g, b, and keeps position and size', () => {
    assert.deepEqual(flattenNode('antony-blinken', blinken), {
      key: 'antony-blinken', label: 'Antony Blinken', type: 'person', aliases: 'Antony Blinken | Blinken | Anthony Blinken',
      mentions: 9, documents: 2, x: 1.5, y: -2, size: 12, color: '#d55e00', rgb: { r: 213, g: 94, b: 0 },
    });
  });

  it('leaves out the drawing of a node that was never laid out, and a colour that is not #rrggbb', () => {
    const bare = flattenNode('ghani', { label: 'Ghani', type: 'person', aliases: { Ghani: 1 }, mentions: 1, documents: ['d1'], x: Number.NaN, color: 'red' });
    assert.deepEqual(Object.keys(bare), ['key', 'label', 'type', 'aliases', 'mentions', 'documents']);
    assert.equal(hexToRgb('#0072b2')?.b, 178);
    assert.equal(hexToRgb('#07b'), undefined);
  });

  it('keeps an edge as its count of evidence and its first sentence, whole, with the document it is in', () => {
    const store = handBuiltStore([{ from: 'Antony Blinken', relation: 'wrote to', to: 'Ashraf Ghani', evidence: [{}, { hedged: true }] }]);
    const edge = store.graph.edges[0]!;
    const flat = flattenEdge(edge.key!, edge.source, edge.target, edge.attributes as EdgeAttributes, storeInput(store).documentById);
    assert.deepEqual(flat, {
      key: 'antony-blinken|wrote to|ashraf-ghani', source: 'antony-blinken', target: 'ashraf-ghani', label: 'wrote to', lemma: 'wrote to',
      weight: 2, negated: false, hedged: false, tense: 'past', evidence: 2,
      firstSentence: 'Antony Blinken wrote to Ashraf Ghani.', firstDocument: 'd0c0000000000001',
    });
  });

  it('falls back to the evidence text when the store has lost the document', () => {
    const store = handBuiltStore([{ from: 'Antony Blinken', relation: 'wrote to', to: 'Ashraf Ghani' }]);
    const edge = store.graph.edges[0]!;
    const flat = flattenEdge(edge.key!, edge.source, edge.target, edge.attributes as EdgeAttributes, new Map());
    assert.equal(flat.firstSentence, 'Antony Blinken wrote to Ashraf Ghani');
  });

  it('lists an empty alias table as an empty string', () => assert.equal(aliasList({}), ''));
});
