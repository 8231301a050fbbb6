/**
 * Node types (issue 14, item 3): what a name's own words say (gazetteer, head nouns, form), how that
 * outvotes compromise's guesses at resolution, the extractor's guesses for unknown names, and the
 * corpus graph's types for the actors the issue names.
 */
import assert from 'node:assert/strict';
import { extract } from '../src/nlp/extract.js';
import { toDocument } from '../src/ingest/index.js';
import { shippedParser } from '../src/pipeline/parser-model.js';
import { extractDocuments } from '../src/cli/extract-documents.js';
import { addDocuments, emptyStore } from '../src/graph/corpus.js';
import { gazetteerType } from '../src/resolve/gazetteer.js';
import { headNounType } from '../src/resolve/head-nouns.js';
import { nameFormType } from '../src/resolve/name-form.js';
import { resolveMentions, type MentionRecord } from '../src/resolve/index.js';
import type { EntityType, Mention, NodeAttributes } from '../src/types.js';

function m(name: string, type: EntityType, typeSource: Mention['typeSource'], title?: string): Mention {
  const text = title === undefined ? name : `${title} ${name}`;
  return {
    start: 0, end: text.length, text, name,
    nameSpan: { start: text.length - name.length, end: text.length },
    type, typeSource, ...(title === undefined ? {} : { title }),
  };
}

const at = (doc: string, ...mentions: Mention[]): MentionRecord[] => mentions.map((mention) => ({ doc, mention }));

/** The type of the node that holds `alias`, after resolving `records`. */
function typeOfAlias(records: MentionRecord[], alias: string): EntityType {
  const entity = [...resolveMentions(records).entities.values()].find((e) => alias in e.aliases);
  assert.ok(entity, `no node with alias ${alias}`);
  return entity.type;
}

describe('types: what a name says', () => {
  it('finds countries, states, capitals and regions in the gazetteer as places', () => {
    for (const name of ['Philippines', 'Republic of the Philippines', 'United States of America', 'Montana', 'New South Wales', 'Kabul', 'Earth', 'Middle East']) {
      assert.equal(gazetteerType(name), 'place', name);
    }
  });

  it('reads demonyms, singular or plural, as groups', () => {
    for (const name of ['Americans', 'Afghan', 'Melbournians', 'New Zealanders', 'Chinese']) assert.equal(gazetteerType(name), 'group', name);
  });

  it('knows nothing of ordinary names', () => {
    for (const name of ['Red Hat', 'Joe Biden', 'Brian Carroll', 'Minetest']) assert.equal(gazetteerType(name), undefined, name);
  });

  it('reads the head noun of a name', () => {
    const expected: Array<[string, EntityType | undefined]> = [
      ['Health Ministry', 'organization'],
      ['Ministry of Health', 'organization'],
      ['Supreme Court', 'organization'],
      ['Libertarian Party', 'organization'],
      ['Rocky Linux', 'organization'],
      ['Red Hat Enterprise Linux', 'organization'],
      ['National Hurricane Center', 'organization'],
      ['University of East Anglia', 'organization'],
      ['Hudson River', 'place'],
      ['Lake Victoria', 'place'],
      ['Mount Everest', 'place'],
      ['Hurricane Dorian', 'concept'],
      ['Tropical Storm Barry', 'concept'],
      ['Montana Secretary of State', 'concept'],
      ['House Democrats', 'group'],
      ['Democrats', 'group'],
      ['Islam', 'concept'],
      ['Catholicism', 'concept'],
      // a kind word alone may be a surname, and a person's name says nothing
      ['Court', undefined],
      ['Mayor', undefined],
      ['Gloria Vanderbilt', undefined],
      ['Brian Carroll', undefined],
    ];
    for (const [name, type] of expected) assert.equal(headNounType(name), type, name);
  });

  it('reads amounts of money, codes and a letter alone by their form', () => {
    assert.equal(nameFormType('US$500'), 'concept');
    assert.equal(nameFormType('D'), 'concept');
    assert.equal(nameFormType('T.'), 'concept');
    assert.equal(nameFormType('H1N1'), 'concept');
    assert.equal(nameFormType('A496'), 'concept');
    assert.equal(nameFormType('G20'), 'organization');
    assert.equal(nameFormType('NATO'), undefined);
    assert.equal(nameFormType('Joe Biden'), undefined);
  });
});

describe('types: resolution votes a name’s own evidence over compromise’s guesses', () => {
  it('types Hurricane Dorian as no person, though compromise tags Dorian a first name', () => {
    const records = at('d1', m('Hurricane Dorian', 'person', 'tag'), m('Dorian', 'person', 'tag'), m('Dorian', 'person', 'tag'), m('Dorian', 'person', 'tag'));
    assert.notEqual(typeOfAlias(records, 'Hurricane Dorian'), 'person');
  });

  it('types the Philippines a place, Health Ministry an organization and Democrats a group', () => {
    const records = [
      ...at('d1', m('Philippines', 'organization', 'fallback'), m('Philippines', 'organization', 'tag')),
      ...at('d2', m('Health Ministry', 'person', 'fallback'), m('Democrats', 'organization', 'fallback')),
    ];
    assert.equal(typeOfAlias(records, 'Philippines'), 'place');
    assert.equal(typeOfAlias(records, 'Health Ministry'), 'organization');
    assert.equal(typeOfAlias(records, 'Democrats'), 'group');
  });

  it('keeps a title: a person called by a place name stays a person', () => {
    const records = at('d1', m('Georgia Smith', 'person', 'title', 'Senator'), m('Georgia', 'place', 'tag'));
    assert.equal(typeOfAlias(records, 'Georgia Smith'), 'person');
    const titled = at('d2', m('Victoria', 'person', 'title', 'Queen'), m('Victoria', 'person', 'title', 'Queen'), m('Victoria', 'place', 'tag'));
    assert.equal(typeOfAlias(titled, 'Victoria'), 'person');
  });

  it('reads a one-word place name that is a person’s surname in the node as the surname', () => {
    const records = at('d1', m('Michael Jordan', 'person', 'tag'), m('Jordan', 'organization', 'fallback'), m('Jordan', 'organization', 'fallback'));
    assert.equal(typeOfAlias(records, 'Jordan'), 'person');
  });

  it('reads a guess on common words as a concept, not a person (`Cotton Candy`), but keeps a known given name or surname', () => {
    const texts = new Map([['a', 'a dragon made of cotton candy; too much rocky ground']]);
    const type = (name: string): EntityType | undefined =>
      [...resolveMentions(at('a', m(name, 'person', 'fallback')), { texts }).entities.values()][0]?.type;
    assert.equal(type('Cotton Candy'), 'concept');
    assert.equal(type('Too Much'), 'concept');
    assert.equal(type('Rocky McGaugh'), 'person');
  });

  it('reads common words after a noun for no person (`community enterprise Operating System`) as a concept, but not after a noun for one', () => {
    const texts = new Map([['a', 'a new operating system; a cosmonaut on a space walk; the alexei system']]);
    const type = (name: string, title: string): EntityType | undefined =>
      [...resolveMentions(at('a', m(name, 'person', 'title', title)), { texts }).entities.values()][0]?.type;
    assert.equal(type('Operating System', 'community enterprise'), 'concept');
    assert.equal(type('Alexei Leonov', 'cosmonaut'), 'person');
    assert.equal(type('Space Walk', 'teacher'), 'person');
  });

  it('weighs a person read from a word for no person before the name as a guess (`the state-run Rossiya Segodnya`), unless a given name opens it (`presidential nominee Darrell Hammond`)', () => {
    const vote = (name: string, title: string, others: number): EntityType | undefined => {
      const records = at('a', m(name, 'person', 'title', title), ...Array.from({ length: others }, () => m(name, 'organization', 'fallback')));
      return [...resolveMentions(records).entities.values()][0]?.type;
    };
    assert.equal(vote('Rossiya Segodnya', 'state-run', 2), 'organization');
    assert.equal(vote('Darrell Hammond', 'presidential nominee', 2), 'person');
  });

  it('reads a name of peoples only (`American Samoans`) as a group', () => {
    assert.equal([...resolveMentions(at('a', m('American Samoans', 'organization', 'fallback'))).entities.values()][0]?.type, 'group');
  });

  it('reads a role said without a name (`House Speaker`, `MP`) as a concept, not an actor, but not a body named after one (`Court of Justice`)', () => {
    const type = (name: string): EntityType | undefined => [...resolveMentions(at('a', m(name, 'organization', 'fallback'))).entities.values()][0]?.type;
    assert.equal(type('House Speaker'), 'concept');
    assert.equal(type('Republican Senate Majority Leader'), 'concept');
    assert.equal(type('MP'), 'concept');
    assert.equal(type('Court of Justice'), 'organization');
  });

  it('reads a name placed as a town is placed (`Marksville, Louisiana`) as a place', () => {
    const texts = new Map([['a', 'The victims were all from Marksville, Louisiana.']]);
    const [entity] = resolveMentions(at('a', m('Marksville', 'organization', 'fallback')), { texts }).entities.values();
    assert.equal(entity?.type, 'place');
  });

  it('learns from the corpus which roles say a type, and reads a tagged name by them', () => {
    // twelve gazetteer places are objects of `in`; Delhi, only tagged an organization, is one too
    const places = ['Kabul', 'Montana', 'Earth', 'Philippines', 'Iran', 'Iraq', 'Texas', 'Ohio', 'France', 'Spain', 'Peru', 'Chile'];
    const records: MentionRecord[] = places.map((place, k) => ({ doc: `d${k}`, mention: m(place, 'organization', 'tag'), cue: 'object in' }));
    records.push({ doc: 'x', mention: m('Delhi', 'organization', 'tag'), cue: 'object in' });
    const delhi = resolveMentions(records).entities.get('delhi');
    assert.equal(delhi?.type, 'place');
    // without the cue the tag stands
    const untaught = resolveMentions([...records.slice(0, -1), { doc: 'x', mention: m('Delhi', 'organization', 'tag') }]).entities.get('delhi');
    assert.equal(untaught?.type, 'organization');
  });

  it('reads a lower-case description as a concept', () => {
    assert.equal(typeOfAlias(at('d1', m('major US political party', 'organization', 'head')), 'major US political party'), 'concept');
  });
});

describe('types: the extractor’s guesses', () => {
  const parser = shippedParser();
  const typeIn = (text: string, name: string): string => {
    const mentions = extract(toDocument({ source: 'test', title: 'test', text }), { parser }).triples.flatMap((t) => [t.subject, t.object]);
    const found = mentions.find((mention) => mention.name === name);
    assert.ok(found, `no mention ${name} in "${text}"`);
    return `${found.type}/${found.typeSource}`;
  };

  it('guesses no person for unknown names that open with an adjective', () => {
    assert.equal(typeIn('The Eastern Shoshone Tribe sued Wyoming.', 'Eastern Shoshone Tribe'), 'organization/fallback');
  });

  it('still guesses a person for two unknown name words', () => {
    assert.equal(typeIn('Dorsa Derakhshani played chess.', 'Dorsa Derakhshani'), 'person/fallback');
  });

  it('reads a description before a company name by the name’s own head noun, not as a title', () => {
    assert.equal(typeIn('Denmark-based retailer Salling Group bought the stores.', 'Salling Group'), 'organization/head');
  });

  it('reads people belonging to a name (`NATO members`) as no group of that name', () => {
    assert.notEqual(typeIn('NATO members agreed to raise spending.', 'NATO').split('/')[0], 'group');
  });

  it('types a name by a description that says it is no person', () => {
    assert.equal(typeIn('Clapton played in the supergroup Blind Faith with Winwood.', 'Blind Faith'), 'organization/head');
    assert.equal(typeIn('Police found the drug Ecstacy in the car.', 'Ecstacy'), 'concept/head');
    assert.equal(typeIn('She performed with the belly dancing troupe Tribal Evolution in Portland.', 'Tribal Evolution'), 'organization/head');
  });

  it('reads no title into a determiner the tagger took for a noun', () => {
    assert.notEqual(typeIn('Charles told the Daily Mail, "All we need to do is ask her to come back."', 'Daily Mail').split('/')[1], 'title');
  });

  it('reads no speaker label of a transcript as part of its sentence', () => {
    const mentions = extract(toDocument({ source: 'test', title: 'test', text: '((WN)) Tell us about your campaign.\n((Jo Jorgensen)) We visited Ohio.' }), { parser })
      .triples.flatMap((t) => [t.subject.name, t.object.name]);
    assert.ok(!mentions.some((name) => /WN|Jorgensen/.test(name)), mentions.join(', '));
  });

  it('guesses a place for one unknown name word after `in`', () => {
    assert.equal(typeIn('Militants attacked a base in Ghazni.', 'Ghazni'), 'place/fallback');
  });
});

describe('types: the Wikinews corpus graph', function () {
  this.timeout(300000);
  const types = new Map<string, EntityType>();

  before(async () => {
    const errors: unknown[] = [];
    const run = await extractDocuments(['data/corpora/wikinews-2019-2020/articles.jsonl'], { knownIds: new Set(), lexicon: {}, workers: 2, onError: (e) => errors.push(e) });
    assert.deepEqual(errors, []);
    const { store } = addDocuments(emptyStore(), run.documents, run.lexicon);
    for (const node of store.graph.nodes) {
      const attributes = node.attributes as NodeAttributes;
      for (const alias of Object.keys(attributes.aliases)) if (!types.has(alias)) types.set(alias, attributes.type);
    }
  });

  const typeOf = (alias: string): EntityType => {
    const type = types.get(alias);
    assert.ok(type, `no node with alias ${alias}`);
    return type;
  };

  it('types the actors issue 14 names', () => {
    assert.notEqual(typeOf('Hurricane Dorian'), 'person');
    assert.equal(typeOf('Philippines'), 'place');
    assert.equal(typeOf('Earth'), 'place');
    assert.equal(typeOf('Health Ministry'), 'organization');
    assert.equal(typeOf('Red Hat'), 'organization');
    assert.equal(typeOf('Rocky Linux'), 'organization');
    assert.equal(typeOf('Democrats'), 'group');
    assert.equal(typeOf('Republicans'), 'group');
    assert.equal(typeOf('Melbournians'), 'group');
    assert.notEqual(typeOf('Islam'), 'organization');
    assert.equal(typeOf('Delhi'), 'place');
    assert.equal(typeOf('Marksville'), 'place');
    assert.equal(typeOf('PhD'), 'concept');
    assert.notEqual(typeOf('World Population Review'), 'person');
  });

  it('keeps people people', () => {
    for (const name of ['Donald Trump', 'Joe Biden', 'Brian Carroll', 'Gloria Vanderbilt', 'Rocky McGaugh', 'Maajid Nawaz']) assert.equal(typeOf(name), 'person', name);
  });
});
