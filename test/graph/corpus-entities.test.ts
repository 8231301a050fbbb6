/**
 * Issue 14's named examples on the Wikinews corpus: the main actors are one node each, different
 * actors are never merged, names are never cut, generic concepts stay in their story, and a
 * passive edge reads the way it points.
 */
import assert from 'node:assert/strict';
import type { StoreContents } from '../../src/graph/store.js';
import type { NodeAttributes } from '../../src/types.js';
import { corpusStore } from '../support/stores.js';

describe('entities on the Wikinews corpus', function () {
  this.timeout(300000);
  let store: StoreContents;
  let nodes: Array<{ key: string; attributes: NodeAttributes }>;
  /** Every node that has `alias` among its aliases. */
  const nodesNamed = (alias: string): string[] => nodes.filter((node) => node.attributes.aliases[alias] !== undefined).map((node) => node.key);
  /** The share of the mentions read as `alias` that went to `key`. */
  const shareOf = (alias: string, key: string): number => {
    let all = 0;
    let inKey = 0;
    for (const node of nodes) {
      const count = node.attributes.aliases[alias] ?? 0;
      all += count;
      if (node.key === key) inKey += count;
    }
    return all === 0 ? 0 : inKey / all;
  };

  before(async () => {
    store = await corpusStore();
    nodes = store.graph.nodes.map(({ key, attributes }) => ({ key, attributes: attributes! }));
  });

  describe('one node per main actor', () => {
    const cases: Array<[string, string[]]> = [
      ['donald-trump', ['Donald Trump', 'Trump', 'President Trump', 'President Donald Trump']],
      ['joe-biden', ['Joe Biden', 'Biden']],
      ['united-states', ['United States', 'US', 'U.S.', 'America']],
      ['kamala-harris', ['Kamala Harris', 'Harris', 'Senators Kamala Harris']],
      ['robert-mugabe', ['Robert Mugabe', 'Mugabe', 'Cde Mugabe']],
      ['nancy-pelosi', ['Nancy Pelosi', 'Pelosi', 'House Speaker Nancy Pelosi']],
    ];
    for (const [key, aliases] of cases) {
      it(`${aliases.join(', ')} are ${key}`, () => {
        for (const alias of aliases) assert.ok(shareOf(alias, key) >= 0.9, `${alias}: ${(shareOf(alias, key) * 100).toFixed(0)}% in ${key}, nodes ${nodesNamed(alias).join(' ')}`);
      });
    }

    it('leaves no duplicate of the top actors the entity audit found: WN, Stream, Neanderthals', () => {
      assert.equal(nodes.find((node) => node.attributes.aliases['WN'] !== undefined), undefined, 'a node for the ((WN)) speaker label');
      assert.ok(shareOf('Stream', 'centos-stream') >= 0.9, `Stream in ${nodesNamed('Stream').join(' ')}`);
      assert.deepEqual(nodesNamed('Neanderthals'), nodesNamed('Neandertals'));
    });

    it('keeps no title in a node’s label', () => {
      for (const label of ['President Trump', 'President Donald Trump', 'Secretary Vázquez', 'Executive Carrie Lam', 'IM Dorsa Derakhshani']) {
        assert.equal(nodes.find((node) => node.attributes.label === label), undefined, label);
      }
    });

    it('never cuts a name to a part', () => {
      for (const [part, whole] of [['hong', 'hong-kong'], ['kong', 'hong-kong'], ['puerto', 'puerto-rico'], ['rico', 'puerto-rico'], ['hampshire', 'new-hampshire'], ['emily-w', 'emily-w-murphy']]) {
        assert.equal(nodes.find((node) => node.key === part), undefined, `a node ${part}`);
        assert.ok(nodes.some((node) => node.key === whole), `no node ${whole}`);
      }
    });

    it('makes two nodes of two people joined by a slash', () => {
      const joined = nodes.filter((node) => node.attributes.type === 'person' && Object.keys(node.attributes.aliases).some((alias) => /\p{Lu}\w*\/\p{Lu}/u.test(alias)));
      assert.deepEqual(joined.map((node) => node.key), []);
      assert.notEqual(nodesNamed('Hawkins')[0], nodesNamed('Walker')[0]);
    });
  });

  describe('no merge without evidence', () => {
    const apart: Array<[string, string]> = [
      ['CIA', 'Calicut International Airport'],
      ['EDT', 'Eastern District of Texas'],
      ['Hunter Biden', 'Robert Hunter'],
      ['Ron Paul', 'Rand Paul'],
      ['Kanye West', 'West Virginia'],
      ['America', 'Voice of America'],
      ['USA', 'US Ambassador'],
      ['Joe Biden', 'Hunter Biden'],
      ['Donald Trump', 'Melania Trump'],
    ];
    for (const [a, b] of apart) {
      it(`keeps ${a} and ${b} apart`, () => {
        const shared = nodesNamed(a).filter((key) => nodesNamed(b).includes(key));
        assert.deepEqual(shared, []);
      });
    }

    it('reads a bare West as Kanye West only in documents that name him', () => {
      const kanye = nodes.find((node) => node.key === 'kanye-west')!;
      const texts = new Map(store.documents.map((doc) => [doc.id, doc.text]));
      for (const doc of kanye.attributes.documents) assert.match(texts.get(doc)!, /Kanye West/, doc);
    });

    it('gives every merge a reason', () => {
      for (const merge of store.merges) assert.ok(merge.reason.length > 0, merge.alias);
    });
  });

  describe('concepts belong to their story', () => {
    it('makes one `people` node per document', () => {
      const people = nodes.filter((node) => node.attributes.label === 'people');
      assert.ok(people.length > 20, `${people.length} people nodes`);
      for (const node of people) assert.equal(node.attributes.documents.length, 1, node.key);
    });

    it('makes no node of an idiom: nothing `took place`', () => {
      const idioms = store.graph.edges.filter((edge) => edge.attributes!.lemma === 'take' && /^place(--|$)/.test(edge.target));
      assert.deepEqual(idioms.map((edge) => edge.key), []);
    });
  });

  it('reads a passive edge the way it points, keeping what the sentence says', () => {
    const edge = store.graph.edges.find((e) => e.target === 'don-imus' && e.attributes!.lemma === 'survive');
    assert.ok(edge !== undefined, 'no edge survive → Don Imus');
    assert.equal(edge.attributes!.label, 'survive');
    assert.equal(edge.attributes!.evidence[0]!.relation, 'is survived by');
    assert.equal(edge.attributes!.evidence[0]!.passive, true);
    const byLabels = store.graph.edges.filter((e) => / by$/.test(e.attributes!.label) && e.attributes!.evidence.every((piece) => piece.passive === true));
    assert.deepEqual(byLabels.map((e) => e.key), []);
  });
});
