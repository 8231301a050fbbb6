/**
 * A small store whose names, relations and sentences hold everything that breaks careless
 * writers: quotes, commas, ampersands, angle brackets, an emoji flag, tabs and line breaks,
 * control characters and a lone surrogate. XML formats must drop the last two kinds (XML
 * forbids them); JSON must keep everything.
 */
import type { StoreContents } from '../../src/graph/store.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/types.js';
import { handBuiltStore } from './hand-built.js';

export const AWKWARD_ACTOR = 'Mullah "Baradar" & <Sons>, Kabul 🇦🇫\u0001\u0008\ud800 Ltd';
export const AWKWARD_RELATION = 'wrote "to" & <cc>, then';
export const LINE_BREAKING_RELATION = 'answered\twith\nlines\r\nand more';

export function awkwardStore(): StoreContents {
  const store = handBuiltStore(
    [
      { from: AWKWARD_ACTOR, relation: AWKWARD_RELATION, to: 'Ashraf Ghani', evidence: [{}, { hedged: true }] },
      // a second relation between the same two actors: a parallel edge
      { from: AWKWARD_ACTOR, relation: 'met', to: 'Ashraf Ghani' },
      { from: 'Ashraf Ghani', relation: LINE_BREAKING_RELATION, to: AWKWARD_ACTOR, evidence: [{ negated: true }] },
      { from: 'Ashraf Ghani', relation: 'thanked', to: '  Zalmay   Khalilzad ' },
    ],
    [{ name: AWKWARD_ACTOR, type: 'organization', aliases: ['Baradar, "the mullah"', 'A\u0002B', 'Taliban\'s <deputy>'] }],
  );
  // laid out as a build would: position, size and colour on every node but one
  store.graph.nodes.forEach((node, i) => {
    if (i === store.graph.nodes.length - 1) return;
    Object.assign(node.attributes as NodeAttributes, { x: i * 10.5 - 3.25, y: 1e-7 * (i + 1), size: 4 + i, color: ['#D55E00', '#0072b2', '#009e73'][i % 3] });
  });
  const attributes = store.graph.edges[0]!.attributes as EdgeAttributes;
  attributes.attributedTo = 'a <source> & "friend"\u0007';
  attributes.modality = 'might';
  return store;
}
