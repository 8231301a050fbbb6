/**
 * The clause reader on hand-built trees: each row gives a sentence, its dependency tree (head and
 * relation per word, as UD English EWT annotates it) and a triple the reader must find. The parser
 * is not involved, so these pin the readings whatever model is shipped.
 */
import assert from 'node:assert/strict';
import { tagText } from '../../src/nlp/01-tag.js';
import { retag } from '../../src/nlp/02-retag.js';
import { readTriples } from '../../src/nlp/read-triples.js';
import { treebankTokens } from '../../src/nlp/treebank-tokens.js';
import { parseTokens } from '../../src/nlp/parse-sentence.js';
import type { Triple } from '../../src/types.js';

/** The triples read off `text` given its tree: `word/UPOS/head/relation` per word, heads 1-based, 0 for the root. */
function triplesOn(text: string, tree: string): Triple[] {
  const [sentence] = tagText(text);
  const tokens = retag(treebankTokens(sentence!.tokens));
  const rows = tree.split(' ').map((cell) => cell.split('/'));
  assert.deepEqual(tokens.map((t) => t.text), rows.map((r) => r[0]), `the tokens of ${JSON.stringify(text)}`);
  // a parser that answers with the hand-built tree, so the reader runs exactly as in the pipeline
  const handBuilt = { parse: () => ({ heads: rows.map((r) => Number(r[2])), labels: rows.map((r) => r[3]!), upos: rows.map((r) => r[1]!) }) };
  return readTriples({ index: 0, tokens, text, tree: parseTokens(handBuilt, tokens) });
}

function readingsOf(text: string, tree: string): string[] {
  return triplesOn(text, tree).map((t) => `${t.subject.name} | ${t.lemma} | ${t.object.name}${t.complement ? ` | ${t.complement}` : ''}`);
}

describe('clauses read from the tree', () => {
  const table: [reading: string, text: string, tree: string, expected: string][] = [
    ['SVO', 'Blinken urged Ghani to attend.', 'Blinken/PROPN/2/nsubj urged/VERB/0/root Ghani/PROPN/2/obj to/PART/5/mark attend/VERB/2/xcomp ./PUNCT/2/punct', 'Blinken | urge | Ghani | to attend'],
    ['SVA: the preposition joins the relation', 'Blinken wrote to Ghani.', 'Blinken/PROPN/2/nsubj wrote/VERB/0/root to/ADP/4/case Ghani/PROPN/2/obl ./PUNCT/2/punct', 'Blinken | write to | Ghani'],
    ['passive with agent, read actively', 'The letter was published by TOLONews.', 'The/DET/2/det letter/NOUN/4/nsubj:pass was/AUX/4/aux:pass published/VERB/0/root by/ADP/6/case TOLONews/PROPN/4/obl:agent ./PUNCT/4/punct', 'TOLONews | publish | letter'],
    ['passive chain with the agent hung on its first verb', 'The army had been shown to be overstretched by the war.', 'The/DET/2/det army/NOUN/5/nsubj:pass had/AUX/5/aux been/AUX/5/aux:pass shown/VERB/0/root to/PART/8/mark be/AUX/8/aux:pass overstretched/VERB/5/xcomp by/ADP/11/case the/DET/11/det war/NOUN/5/obl:agent ./PUNCT/5/punct', 'war | show to overstretch | army'],
    ['catenative chain', 'The United States intends to ask the envoys.', 'The/DET/3/det United/PROPN/3/compound States/PROPN/4/nsubj intends/VERB/0/root to/PART/6/mark ask/VERB/4/xcomp the/DET/8/det envoys/NOUN/6/obj ./PUNCT/4/punct', 'United States | intend to ask | envoys'],
    ['reduced passive on the noun the tree gives', 'A letter to Ghani seen by TOLOnews was leaked.', 'A/DET/2/det letter/NOUN/9/nsubj:pass to/ADP/4/case Ghani/PROPN/2/nmod seen/VERB/2/acl by/ADP/7/case TOLOnews/PROPN/5/obl:agent was/AUX/9/aux:pass leaked/VERB/0/root ./PUNCT/9/punct', 'TOLOnews | see | letter'],
    ['a relative clause on a copula’s predicate noun is about the copula’s subject', 'Celeski is a footballer who plays for the Jets.', 'Celeski/PROPN/4/nsubj is/AUX/4/cop a/DET/4/det footballer/NOUN/0/root who/PRON/6/nsubj plays/VERB/4/acl:relcl for/ADP/9/case the/DET/9/det Jets/PROPN/6/obl ./PUNCT/4/punct', 'Celeski | play for | Jets'],
    ['a verb coordinated with a noun shares the subject of the verb that noun hangs on', 'The line was sold to Johnson and renamed to Traction.', 'The/DET/2/det line/NOUN/4/nsubj:pass was/AUX/4/aux:pass sold/VERB/0/root to/ADP/6/case Johnson/PROPN/4/obl and/CCONJ/8/cc renamed/VERB/6/conj to/ADP/10/case Traction/PROPN/8/obl ./PUNCT/4/punct', 'line | rename to | Traction'],
    ['an adjective predicate takes its prepositional object into the relation', 'The rents were payable at Michaelmas.', 'The/DET/2/det rents/NOUN/4/nsubj were/AUX/4/cop payable/ADJ/0/root at/ADP/6/case Michaelmas/PROPN/4/obl ./PUNCT/4/punct', 'rents | be payable at | Michaelmas'],
    ['`to be` after a verb carries the relation on', 'Michael was considered to be the patron saint.', 'Michael/PROPN/3/nsubj:pass was/AUX/3/aux:pass considered/VERB/0/root to/PART/8/mark be/AUX/8/cop the/DET/8/det patron/NOUN/8/compound saint/NOUN/3/xcomp ./PUNCT/3/punct', 'Michael | be considered to be | patron saint'],
    ['a verb the parser tagged a noun still heads its clause when the tree gives it a subject and an auxiliary', 'The weapons do not influence the racers.', 'The/DET/2/det weapons/NOUN/5/nsubj do/AUX/5/aux not/PART/5/advmod influence/NOUN/0/root the/DET/7/det racers/NOUN/5/obj ./PUNCT/5/punct', 'weapons | influence | racers'],
    ['`who` of a clause the parser did not hang on its noun stands for the noun just before it', 'Jesus is rejected by Muslims , who hold that view.', 'Jesus/PROPN/3/nsubj:pass is/AUX/3/aux:pass rejected/VERB/0/root by/ADP/5/case Muslims/PROPN/3/obl ,/PUNCT/8/punct who/PRON/8/nsubj hold/VERB/3/parataxis that/DET/10/det view/NOUN/8/obj ./PUNCT/3/punct', 'Muslims | hold | view'],
    ['object relative', 'Ghani rejected the plan that Khalilzad drafted.', 'Ghani/PROPN/2/nsubj rejected/VERB/0/root the/DET/4/det plan/NOUN/2/obj that/PRON/7/obj Khalilzad/PROPN/7/nsubj drafted/VERB/4/acl:relcl ./PUNCT/2/punct', 'Khalilzad | draft | plan'],
    ['coordinated verbs share the subject', 'Blinken stressed the urgency and emphasized his concerns.', 'Blinken/PROPN/2/nsubj stressed/VERB/0/root the/DET/4/det urgency/NOUN/2/obj and/CCONJ/6/cc emphasized/VERB/2/conj his/PRON/8/nmod:poss concerns/NOUN/6/obj ./PUNCT/2/punct', 'Blinken | emphasize | concerns'],
    ['a verb the parser tagged a noun heads the sentence when it is the root with a subject, and takes its prepositional phrase', 'This often results in deaths.', 'This/PRON/3/nsubj often/ADV/3/amod results/NOUN/0/root in/ADP/5/case deaths/NOUN/3/nmod ./PUNCT/3/punct', 'This | result in | deaths'],
    ['copula', 'Turkey is a member of NATO.', 'Turkey/PROPN/4/nsubj is/AUX/4/cop a/DET/4/det member/NOUN/0/root of/ADP/6/case NATO/PROPN/4/nmod ./PUNCT/4/punct', 'Turkey | be | member'],
    ['role held in a named actor', 'Zalmay Khalilzad, the envoy for Afghanistan, arrived.', 'Zalmay/PROPN/9/nsubj Khalilzad/PROPN/1/flat ,/PUNCT/5/punct the/DET/5/det envoy/NOUN/1/appos for/ADP/7/case Afghanistan/PROPN/5/nmod ,/PUNCT/5/punct arrived/VERB/0/root ./PUNCT/9/punct', 'Zalmay Khalilzad | be envoy for | Afghanistan'],
    ['two subjects side by side are one', 'Taliban spokesman Zabihullah Mujahid told NBC.', 'Taliban/PROPN/5/nsubj spokesman/NOUN/3/nmod:desc Zabihullah/PROPN/5/nsubj Mujahid/PROPN/3/flat told/VERB/0/root NBC/PROPN/5/iobj ./PUNCT/5/punct', 'Zabihullah Mujahid | tell | NBC'],
    ['reported clause', 'Price said that the talks resumed.', 'Price/PROPN/2/nsubj said/VERB/0/root that/SCONJ/6/mark the/DET/5/det talks/NOUN/6/nsubj resumed/VERB/2/ccomp ./PUNCT/2/punct', 'Price | say | that the talks resumed'],
    ['a reported clause keeps its own relative clause', 'Price said that the talks that began in Doha resumed.', 'Price/PROPN/2/nsubj said/VERB/0/root that/SCONJ/10/mark the/DET/5/det talks/NOUN/10/nsubj that/PRON/7/nsubj began/VERB/5/acl:relcl in/ADP/9/case Doha/PROPN/7/obl resumed/VERB/2/ccomp ./PUNCT/2/punct', 'Price | say | that the talks that began in Doha resumed'],
  ];
  for (const [reading, text, tree, expected] of table) {
    it(`${reading}: ${expected}`, () => {
      const found = readingsOf(text, tree);
      assert.ok(found.includes(expected), `no ${JSON.stringify(expected)} in ${JSON.stringify(text)}; got:\n  ${found.join('\n  ')}`);
    });
  }

  it('an adverb inside the verb group, or a manner adverb right after the verb, joins the relation text but not its lemma', () => {
    const inside = triplesOn('The vehicles have sharply improved morale.', 'The/DET/2/det vehicles/NOUN/5/nsubj have/AUX/5/aux sharply/ADV/5/advmod improved/VERB/0/root morale/NOUN/5/obj ./PUNCT/5/punct');
    assert.deepEqual(inside.map((t) => [t.relation, t.lemma]), [['have sharply improved', 'improve']]);
    const after = triplesOn('That method relies heavily on logic.', 'That/DET/2/det method/NOUN/3/nsubj relies/VERB/0/root heavily/ADV/3/advmod on/ADP/6/case logic/NOUN/3/obl ./PUNCT/3/punct');
    assert.deepEqual(after.map((t) => t.relation), ['relies heavily on']);
    // an adverb that opens the clause frames it rather than qualifying the verb
    const opening = triplesOn('Later the army closed the road.', 'Later/ADV/4/advmod the/DET/3/det army/NOUN/4/nsubj closed/VERB/0/root the/DET/6/det road/NOUN/4/obj ./PUNCT/4/punct');
    assert.deepEqual(opening.map((t) => t.relation), ['closed']);
  });

  it('a copula’s noun predicate keeps the prepositional phrases inside it; only its own preposition joins the relation', () => {
    const member = triplesOn('Turkey is a member of NATO.', 'Turkey/PROPN/4/nsubj is/AUX/4/cop a/DET/4/det member/NOUN/0/root of/ADP/6/case NATO/PROPN/4/nmod ./PUNCT/4/punct');
    assert.deepEqual(member.map((t) => [t.relation, t.object.text]), [['is', 'a member of NATO']]);
    const place = triplesOn('The talks were in Doha.', 'The/DET/2/det talks/NOUN/5/nsubj were/AUX/5/cop in/ADP/5/case Doha/PROPN/0/root ./PUNCT/5/punct');
    assert.deepEqual(place.map((t) => [t.relation, t.object.text]), [['were in', 'Doha']]);
  });

  it('a copula’s predicate keeps the coordinations and infinitives inside it', () => {
    const members = triplesOn('Turkey is a member of NATO and the EU.', 'Turkey/PROPN/4/nsubj is/AUX/4/cop a/DET/4/det member/NOUN/0/root of/ADP/6/case NATO/PROPN/4/nmod and/CCONJ/9/cc the/DET/9/det EU/PROPN/6/conj ./PUNCT/4/punct');
    assert.deepEqual(members.map((t) => t.object.text), ['a member of NATO and the EU']);
    const plan = triplesOn('The decision was a plan to cease broadcasting.', 'The/DET/2/det decision/NOUN/5/nsubj was/AUX/5/cop a/DET/5/det plan/NOUN/0/root to/PART/7/mark cease/VERB/5/acl broadcasting/NOUN/7/obj ./PUNCT/5/punct');
    assert.deepEqual(plan.map((t) => t.object.text), ['a plan to cease broadcasting']);
  });

  it('an object keeps its apposition; a subject does not', () => {
    const found = triplesOn('Ghani met Blinken , the envoy , in Doha.', 'Ghani/PROPN/2/nsubj met/VERB/0/root Blinken/PROPN/2/obj ,/PUNCT/6/punct the/DET/6/det envoy/NOUN/3/appos ,/PUNCT/6/punct in/ADP/9/case Doha/PROPN/2/obl ./PUNCT/2/punct');
    const met = found.find((t) => t.lemma === 'meet');
    assert.equal(met?.object.text, 'Blinken , the envoy');
    assert.equal(met?.object.name, 'Blinken');
    const arrived = triplesOn('Blinken , the envoy , reached Doha.', 'Blinken/PROPN/6/nsubj ,/PUNCT/4/punct the/DET/4/det envoy/NOUN/1/appos ,/PUNCT/4/punct reached/VERB/0/root Doha/PROPN/6/obj ./PUNCT/6/punct');
    assert.equal(arrived.find((t) => t.lemma === 'reach')?.subject.text, 'Blinken');
  });

  it('each conjunct of a split object keeps its own modifiers, without the others', () => {
    const found = triplesOn('Turkey joined NATO of Europe and the Council of Asia.', 'Turkey/PROPN/2/nsubj joined/VERB/0/root NATO/PROPN/2/obj of/ADP/5/case Europe/PROPN/3/nmod and/CCONJ/8/cc the/DET/8/det Council/PROPN/3/conj of/ADP/10/case Asia/PROPN/8/nmod ./PUNCT/2/punct');
    assert.deepEqual(found.filter((t) => t.lemma === 'join').map((t) => [t.object.text, t.object.name]), [['NATO of Europe', 'NATO'], ['the Council of Asia', 'Council of Asia']]);
  });

  it('a list joined by `&` is one name, not one triple per part', () => {
    const found = triplesOn('Ads were developed by Frankenberry , Laughlin & Constable.', 'Ads/NOUN/3/nsubj:pass were/AUX/3/aux:pass developed/VERB/0/root by/ADP/5/case Frankenberry/PROPN/3/obl:agent ,/PUNCT/7/punct Laughlin/PROPN/5/conj &/CCONJ/9/cc Constable/PROPN/7/conj ./PUNCT/3/punct');
    assert.deepEqual(found.filter((t) => t.lemma === 'develop').map((t) => t.subject.text), ['Frankenberry , Laughlin & Constable']);
  });

  it('name words listed before the rest of one name they share are one object, not one triple per word', () => {
    const found = triplesOn(
      'Bradley joined the London , Midland and Scottish Railway Company.',
      'Bradley/PROPN/2/nsubj joined/VERB/0/root the/DET/4/det London/PROPN/2/obj ,/PUNCT/6/punct Midland/PROPN/4/conj and/CCONJ/8/cc Scottish/PROPN/4/conj Railway/PROPN/10/compound Company/PROPN/4/nmod ./PUNCT/2/punct',
    );
    assert.deepEqual(found.filter((t) => t.lemma === 'join').map((t) => t.object.text), ['the London , Midland and Scottish Railway Company']);
  });

  it('an apposition is set apart by punctuation, unless a role noun with its determiner comes before the name', () => {
    const runTogether = readingsOf('He won gold at the 6th European Championships.', 'He/PRON/2/nsubj won/VERB/0/root gold/NOUN/2/obj at/ADP/6/case the/DET/6/det 6th/NOUN/2/obl European/ADJ/8/amod Championships/PROPN/6/appos ./PUNCT/2/punct');
    assert.ok(!runTogether.some((r) => r.includes(' | be | ')), runTogether.join('\n'));
    const named = readingsOf('He joined Attack Squadron 725.', 'He/PRON/2/nsubj joined/VERB/0/root Attack/PROPN/2/obj Squadron/PROPN/3/appos 725/NUM/4/nummod ./PUNCT/2/punct');
    assert.ok(!named.some((r) => r.includes(' | be | ')), named.join('\n'));
    const close = readingsOf('He met the French socialist Henri Saint-Simon.', 'He/PRON/2/nsubj met/VERB/0/root the/DET/5/det French/ADJ/5/amod socialist/NOUN/2/obj Henri/PROPN/5/appos Saint/PROPN/6/flat -/PUNCT/6/punct Simon/PROPN/6/flat ./PUNCT/2/punct');
    assert.ok(close.some((r) => r.startsWith('Henri Saint-Simon | be | ')), close.join('\n'));
  });

  it('a phrase after a comma that goes on into `, and` is the next item of a list, not an apposition', () => {
    const found = readingsOf('He backed Nixon , the scandal , and his sentence.', 'He/PRON/2/nsubj backed/VERB/0/root Nixon/PROPN/2/obj ,/PUNCT/6/punct the/DET/6/det scandal/NOUN/3/appos ,/PUNCT/10/punct and/CCONJ/10/cc his/PRON/10/nmod:poss sentence/NOUN/6/conj ./PUNCT/2/punct');
    assert.ok(!found.some((r) => r.startsWith('Nixon | be | ')), found.join('\n'));
  });

  it('a clause asked about (`how`, `why`, `whether`) is read at lower confidence than one stated', () => {
    const tree = 'Estate/PROPN/4/nsubj has/AUX/4/aux not/PART/4/advmod decided/VERB/0/root how/ADV/8/advmod it/PRON/8/nsubj will/AUX/8/aux raise/VERB/4/ccomp the/DET/10/det funds/NOUN/8/obj ./PUNCT/4/punct';
    const asked = triplesOn('Estate has not decided how it will raise the funds.', tree).find((t) => t.lemma === 'raise');
    const stated = triplesOn('Estate has not decided that it will raise the funds.', tree.replace('how/ADV/8/advmod', 'that/SCONJ/8/mark')).find((t) => t.lemma === 'raise');
    assert.ok(asked !== undefined && stated !== undefined);
    assert.ok(asked.confidence < stated.confidence - 0.2, `${asked.confidence} vs ${stated.confidence}`);
  });

  it('a gerund set off by a comma after the object is no part of it', () => {
    const found = triplesOn('Thomas joined the side , making his debut.', 'Thomas/PROPN/2/nsubj joined/VERB/0/root the/DET/4/det side/NOUN/2/obj ,/PUNCT/6/punct making/VERB/4/acl his/PRON/8/nmod:poss debut/NOUN/6/obj ./PUNCT/2/punct');
    assert.deepEqual(found.filter((t) => t.lemma === 'join').map((t) => t.object.text), ['the side']);
  });

  it('a clause under `whether` is hedged, the clause it hangs on is not', () => {
    const text = 'Price declined to say whether Turkey agreed to host the talks.';
    const tree = 'Price/PROPN/2/nsubj declined/VERB/0/root to/PART/4/mark say/VERB/2/xcomp whether/SCONJ/7/mark Turkey/PROPN/7/nsubj agreed/VERB/4/ccomp to/PART/9/mark host/VERB/7/xcomp the/DET/11/det talks/NOUN/9/obj ./PUNCT/2/punct';
    const triples = triplesOn(text, tree);
    const agreed = triples.find((t) => t.subject.name === 'Turkey' && t.lemma === 'agree to host');
    assert.ok(agreed, triples.map((t) => `${t.subject.name} | ${t.lemma} | ${t.object.name}`).join('\n'));
    assert.equal(agreed.flags.hedged, true);
    assert.ok(triples.filter((t) => t.subject.name === 'Price').every((t) => !t.flags.hedged));
  });

  it('a verb reporting a clause takes no relative object, and a free relative gives none', () => {
    const found = readingsOf('People say what they think.', 'People/NOUN/2/nsubj say/VERB/0/root what/PRON/5/obj they/PRON/5/nsubj think/VERB/2/ccomp ./PUNCT/2/punct');
    assert.ok(!found.some((r) => / \| what$/.test(r)), found.join('\n'));
  });

  it('a relative clause on `what` (a free relative, no noun) does not take `what` as its object', () => {
    const found = readingsOf('People ignore what investors say.', 'People/NOUN/2/nsubj ignore/VERB/0/root what/PRON/2/obj investors/NOUN/5/nsubj say/VERB/3/acl:relcl ./PUNCT/2/punct');
    assert.ok(!found.some((r) => r.startsWith('investors | say')), found.join('\n'));
  });
});
