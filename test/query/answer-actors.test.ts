/** The actors an answer lists (degree, counts, a neighbour's depth) and the grouping the console and the CLI share, on a hand-built graph. */
import assert from 'node:assert/strict';
import { LoadedGraph } from '../../src/graph/loaded-graph.js';
import { byDistance, byRelation } from '../../src/query/answers/groups.js';
import { runQuery } from '../../src/query/run.js';
import { handBuiltStore } from '../support/hand-built.js';

describe('the actors of an answer and how its edges are grouped', () => {
  // Ann's ring 1: Bob, Fay, Eve (Fay → Bob joins two of them); ring 2: Cyd; ring 3: Dan
  const loaded = new LoadedGraph(handBuiltStore([
    { from: 'Ann', relation: 'meet', to: 'Bob', evidence: [{}, {}] },
    { from: 'Ann', relation: 'meet', to: 'Fay' },
    { from: 'Eve', relation: 'fund', to: 'Ann' },
    { from: 'Fay', relation: 'ask', to: 'Bob' },
    { from: 'Bob', relation: 'write to', to: 'Cyd', evidence: [{}, {}, {}] },
    { from: 'Cyd', relation: 'visit', to: 'Dan' },
  ], [{ name: 'Ann', aliases: ['Ann Lee'] }, { name: 'Annex', type: 'place' }]));

  it('neighbors gives each actor its depth from the asked one, with its degree and counts', () => {
    const answer = runQuery(loaded, 'neighbors Ann depth 2');
    const depths = Object.fromEntries((answer.actors ?? []).map((actor) => [actor.key, actor.depth]));
    assert.deepEqual(depths, { ann: 0, bob: 1, fay: 1, eve: 1, cyd: 2 });
    assert.deepEqual(answer.actors?.map((actor) => actor.key), answer.nodes.map((node) => node.key), 'actors follow nodes');
    const bob = answer.actors?.find((actor) => actor.key === 'bob');
    assert.deepEqual([bob?.degree, bob?.type, bob?.documents], [3, 'person', 1]);
  });

  it('find and show list their actors with degree; path and edges add none', () => {
    const found = runQuery(loaded, 'find ann');
    assert.deepEqual(found.actors?.map((actor) => [actor.key, actor.type, actor.degree]), [['ann', 'person', 3], ['annex', 'place', 0]]);
    assert.ok(found.actors?.every((actor) => actor.depth === undefined));
    assert.deepEqual(runQuery(loaded, 'show Bob').actors?.map((actor) => [actor.key, actor.degree]), [['bob', 3]]);
    assert.equal(runQuery(loaded, 'path Ann -> Dan').actors, undefined);
    assert.equal(runQuery(loaded, 'edges from Ann').actors, undefined);
  });

  it('a neighbourhood groups each edge under the ring of its farther end, then by relation', () => {
    const answer = runQuery(loaded, 'neighbors Ann depth 2');
    const rings = byDistance(answer.actors!, answer.edges).map((ring) => ({
      depth: ring.depth,
      actors: ring.actors.map((actor) => actor.key).sort(),
      relations: ring.relations.map((relation) => [relation.lemma, relation.edges.map((edge) => edge.key)]),
    }));
    assert.deepEqual(rings, [
      {
        depth: 1,
        actors: ['bob', 'eve', 'fay'],
        // two `meet` edges first, Bob's (two sentences) before Fay's; Fay → Bob joins two actors of ring 1
        relations: [['meet', ['ann|meet|bob', 'ann|meet|fay']], ['ask', ['fay|ask|bob']], ['fund', ['eve|fund|ann']]],
      },
      { depth: 2, actors: ['cyd'], relations: [['write to', ['bob|write to|cyd']]] },
    ]);
  });

  it('a ring lists named actors before concepts, the best connected first', () => {
    const actor = (key: string, type: 'person' | 'concept', degree: number) => ({ key, label: key, type, degree, mentions: 1, documents: 1, depth: 1 });
    const [ring] = byDistance([actor('ann', 'person', 9), actor('deal', 'concept', 40), actor('bob', 'person', 2), actor('cyd', 'person', 5), actor('talks', 'concept', 3)], []);
    assert.deepEqual(ring?.actors.map((a) => a.key), ['ann', 'cyd', 'bob', 'deal', 'talks']);
  });

  it('byRelation puts the relation with the most edges first, each relation best supported first', () => {
    const answer = runQuery(loaded, 'edges');
    assert.deepEqual(byRelation(answer.edges).map((group) => [group.lemma, group.label, group.edges.map((edge) => edge.weight)]), [
      ['meet', 'meet', [2, 1]],
      ['write to', 'write to', [3]],
      ['ask', 'ask', [1]],
      ['fund', 'fund', [1]],
      ['visit', 'visit', [1]],
    ]);
  });

  it('the CLI text lists a neighbourhood ring by ring and each found actor with its degree', () => {
    const text = runQuery(loaded, 'neighbors Ann depth 2').text.split('\n');
    const ring1 = text.indexOf('  1 step out: 3 actor(s)');
    const ring2 = text.indexOf('  2 steps out: 1 actor(s)');
    assert.ok(ring1 > 0 && ring2 > ring1, text.join('\n'));
    assert.ok(text.findIndex((line) => line.startsWith('  Bob | write to | Cyd')) > ring2);
    assert.equal(text.filter((line) => line.startsWith('4 actor(s) within 2 step(s) of Ann')).length, 1, 'the summary is printed once');
    assert.deepEqual(runQuery(loaded, 'find ann').text.split('\n').slice(1), ['  Ann (person, degree 3)', '  Annex (place, degree 0)']);
  });
});
