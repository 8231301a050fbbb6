/** Reading CoNLL-U: syntactic words only, multiword tokens and empty nodes skipped. */
import assert from 'node:assert/strict';
import { readConllu } from '../../src/parse/conllu.js';

// From en_ewt-ud-test.conllu (UD English EWT, CC BY-SA 4.0), shortened; the 8.1 line is made up.
const excerpt = `# sent_id = weblog-blogspot.com_marketview_20050511222700_ENG_20050511_222700-0002
# text = This BuzzMachine post argues that Google's rush
1	This	this	DET	DT	Number=Sing|PronType=Dem	3	det	3:det	_
2	BuzzMachine	BuzzMachine	PROPN	NNP	Number=Sing	3	compound	3:compound	_
3	post	post	NOUN	NN	Number=Sing	4	nsubj	4:nsubj	_
4	argues	argue	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	0:root	_
5	that	that	SCONJ	IN	_	8	mark	8:mark	_
6-7	Google's	_	_	_	_	_	_	_	_
6	Google	Google	PROPN	NNP	Number=Sing	8	nmod:poss	8:nmod:poss	_
7	's	's	PART	POS	_	6	case	6:case	_
8	rush	rush	NOUN	NN	Number=Sing	4	ccomp	4:ccomp	_
8.1	rushes	rush	VERB	VBZ	_	_	_	4:conj	_

# text = Thanks !
1	Thanks	thanks	NOUN	NNS	Number=Plur	0	root	0:root	_
2	!	!	PUNCT	.	_	1	punct	1:punct	_
`;

describe('reading CoNLL-U', () => {
  const sentences = readConllu(excerpt);

  it('splits sentences at blank lines', () => assert.equal(sentences.length, 2));

  it("keeps the syntactic words of Google's, not the multiword token or the empty node", () => {
    assert.deepEqual(sentences[0]!.map((w) => w.form), ['This', 'BuzzMachine', 'post', 'argues', 'that', 'Google', "'s", 'rush']);
  });

  it('reads tags, heads and full relations with subtypes', () => {
    assert.deepEqual(sentences[0]![5], { form: 'Google', upos: 'PROPN', xpos: 'NNP', head: 8, deprel: 'nmod:poss' });
    assert.deepEqual(sentences[1]![1], { form: '!', upos: 'PUNCT', xpos: '.', head: 1, deprel: 'punct' });
  });

  it('refuses a word line without ten columns, naming the line', () => {
    assert.throws(() => readConllu('1\tHello\thello\n'), /line 1/);
  });
});
