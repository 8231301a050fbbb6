/** Word lists the extractor's rules consult: linguistic data kept apart from the code that uses it. */
import type { Modality } from '../../types.js';

/** Role words that, capitalised before a name, make it a person's title (`Secretary of State Antony Blinken`). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'secretary', 'minister', 'prime', 'deputy', 'foreign', 'defense', 'defence',
  'ambassador', 'envoy', 'special', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen.',
  'representative', 'rep.', 'governor', 'gov.', 'mayor', 'general', 'gen.', 'colonel', 'col.',
  'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'admiral', 'commander', 'chief', 'director',
  'chairman', 'chairwoman', 'chair', 'ceo', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop',
  'archbishop', 'judge', 'justice', 'attorney', 'chancellor', 'premier', 'mr.', 'mrs.', 'ms.', 'mr',
  'mrs', 'ms', 'dr.', 'dr', 'prof.', 'professor', 'former', 'acting', 'interim', 'senior',
  'state', 'of', 'presidential', 'emergencies', 'interior', 'finance', 'health', 'leader', 'head',
  'sheikh', 'emir', 'sultan', 'lord', 'lady', 'sir', 'dame', 'coach', 'officer', 'inspector',
]);

/** Head nouns of a title (the last word of one must be among these). */
export const TITLE_HEADS = new Set([
  'president', 'secretary', 'minister', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'sen.', 'representative', 'rep.', 'governor', 'gov.', 'mayor',
  'general', 'gen.', 'colonel', 'col.', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant',
  'admiral', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'king',
  'queen', 'prince', 'princess', 'pope', 'bishop', 'archbishop', 'judge', 'justice', 'attorney',
  'chancellor', 'premier', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr', 'prof.',
  'professor', 'leader', 'head', 'sheikh', 'emir', 'sultan', 'lord', 'lady', 'sir', 'dame',
  'coach', 'officer', 'inspector',
]);

/** Head nouns that make a named noun phrase a group of people (`the Taliban militant group`). */
export const GROUP_HEADS = new Set([
  'group', 'groups', 'militants', 'militant', 'fighters', 'rebels', 'insurgents', 'insurgency',
  'militia', 'militias', 'movement', 'faction', 'factions', 'gang', 'gangs', 'cartel', 'tribe',
  'tribes', 'clan', 'network', 'delegation', 'leaders', 'supporters', 'members', 'protesters',
  'guerrillas', 'extremists', 'jihadists', 'terrorists',
]);

/** Head nouns that make a named noun phrase an organization. */
export const ORGANIZATION_HEADS = new Set([
  'department', 'ministry', 'agency', 'office', 'council', 'committee', 'commission', 'party',
  'company', 'corporation', 'corp.', 'inc.', 'ltd.', 'bank', 'university', 'college', 'school',
  'institute', 'foundation', 'association', 'union', 'organization', 'organisation', 'court',
  'parliament', 'congress', 'senate', 'assembly', 'government', 'administration', 'army', 'navy',
  'force', 'forces', 'police', 'service', 'times', 'news', 'post', 'journal', 'press', 'radio',
  'television', 'tv', 'network', 'team', 'club', 'church', 'fund', 'board', 'authority', 'bureau',
  'alliance', 'coalition', 'federation', 'league', 'mission', 'hospital', 'airlines', 'group',
]);

/**
 * Common nouns that, describing a name (`supergroup Blind Faith`, `newspaper the Daily Mail`), say it
 * names an organization; the name's own head (ORGANIZATION_HEADS) may say so too.
 */
export const ORGANIZATION_DESCRIPTORS = new Set([
  'band', 'supergroup', 'orchestra', 'choir', 'newspaper', 'tabloid', 'magazine', 'broadcaster',
  'channel', 'outlet', 'website', 'publisher', 'firm', 'startup', 'retailer', 'airline', 'carrier',
  'charity', 'nonprofit', 'label', 'studio', 'forecaster', 'manufacturer', 'maker', 'insurer',
  'brand', 'chain', 'franchise', 'platform', 'newsletter', 'daily', 'weekly', 'journal', 'troupe',
  'ensemble', 'team',
]);

/**
 * Common nouns that, describing a name, say it names a work or a thing, no actor (`the drug
 * Ecstacy`, `the tell-all book Too Much`, `the sitcom Kim's Convenience`, `the ship Ever Given`).
 */
export const THING_DESCRIPTORS = new Set([
  'book', 'novel', 'memoir', 'album', 'song', 'single', 'film', 'movie', 'documentary', 'sitcom',
  'series', 'show', 'programme', 'play', 'musical', 'opera', 'game', 'videogame', 'painting',
  'sculpture', 'artwork', 'statue', 'poem', 'drug', 'medicine', 'vaccine', 'ship', 'vessel', 'boat',
  'yacht', 'tanker', 'aircraft', 'plane', 'jet', 'helicopter', 'telescope', 'satellite', 'rocket',
  'spacecraft', 'probe', 'rover', 'software', 'app', 'device', 'car', 'vehicle', 'planet', 'comet',
  'asteroid', 'galaxy', 'hurricane', 'typhoon', 'cyclone', 'storm', 'operation', 'virus', 'law',
  'bill', 'hashtag', 'podcast',
]);

export const PERSONAL_PRONOUNS = new Set([
  'i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'this', 'that',
  'these', 'those', 'itself', 'himself', 'herself', 'themselves', 'who', 'whom', 'which', 'one',
  'someone', 'something', 'everyone', 'anyone', 'others', 'there',
]);

export const COORDINATORS = new Set(['and', 'or', 'but', 'nor', '&']);

/** Verbs of saying: `X said that ...` attributes what follows to X. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'write', 'state', 'claim', 'report', 'announce', 'confirm', 'deny',
  'insist', 'argue', 'explain', 'note', 'warn', 'declare', 'reveal', 'suggest', 'believe', 'think',
  'acknowledge', 'admit', 'assert', 'indicate', 'allege', 'predict', 'estimate', 'describe',
  'comment', 'remark', 'reply', 'respond', 'recall', 'tweet',
]);

/** Words and phrases that mark a statement as hedged or second-hand. */
export const HEDGE_WORDS = new Set([
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'alleged', 'purported',
  'rumoured', 'rumored', 'unconfirmed', 'unverified', 'presumably', 'possibly', 'perhaps',
]);
export const HEDGE_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['if', 'genuine'],
  ['if', 'true'],
  ['is', 'said', 'to'],
  ['are', 'said', 'to'],
  ['was', 'said', 'to'],
  ['were', 'said', 'to'],
  ['is', 'believed', 'to'],
  ['are', 'believed', 'to'],
  ['was', 'believed', 'to'],
  ['it', 'is', 'claimed'],
];

export const MODALS: Record<string, Modality> = {
  will: 'will', "'ll": 'will', shall: 'will', wo: 'will', would: 'would', "'d": 'would',
  could: 'could', can: 'can', ca: 'can', may: 'may', might: 'might', should: 'should', must: 'must',
};

export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot']);

export const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m"]);
export const HAVE_FORMS = new Set(['have', 'has', 'had', 'having', "'ve"]);
export const DO_FORMS = new Set(['do', 'does', 'did']);

/** Months and weekdays, which compromise sometimes tags as names. */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
]);

/**
 * Nouns of written or spoken messages, and the verb their `from X to Y` implies:
 * `a letter from Blinken to Ghani` says Blinken wrote to Ghani.
 */
export const MESSAGE_NOUNS: Record<string, string> = {
  letter: 'write to', letters: 'write to', note: 'write to', memo: 'write to', email: 'write to',
  'e-mail': 'write to', message: 'write to', messages: 'write to', cable: 'write to', telegram: 'write to',
  request: 'request from', appeal: 'appeal to', call: 'call', phone: 'call', invitation: 'invite',
  warning: 'warn', offer: 'offer to', complaint: 'complain to', apology: 'apologise to', gift: 'give to',
  donation: 'donate to', payment: 'pay', loan: 'lend to', visit: 'visit',
};

/** The past tense of those verbs: the relation is shown as it happened (`wrote to`), since the message exists. */
export const MESSAGE_VERBS_PAST: Record<string, string> = {
  write: 'wrote', request: 'requested', appeal: 'appealed', call: 'called', invite: 'invited', warn: 'warned',
  offer: 'offered', complain: 'complained', apologise: 'apologised', give: 'gave', donate: 'donated', pay: 'paid',
  lend: 'lent', visit: 'visited',
};

/** Closed-class prepositions compromise sometimes tags as adjectives or adverbs (`concerns over the ...`). */
export const PREPOSITIONS = new Set([
  'over', 'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around',
  'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'despite',
  'during', 'except', 'inside', 'outside', 'per', 'since', 'through', 'throughout', 'toward',
  'towards', 'under', 'underneath', 'unlike', 'until', 'upon', 'versus', 'via', 'within', 'without',
]);

/** Head nouns that make a named noun phrase a place (`Ely Cathedral`, `Hudson River`). */
export const PLACE_HEADS = new Set([
  'cathedral', 'church', 'mosque', 'temple', 'river', 'lake', 'sea', 'ocean', 'bay', 'island',
  'islands', 'mountain', 'mountains', 'mount', 'valley', 'street', 'avenue', 'road', 'square', 'park',
  'airport', 'station', 'bridge', 'city', 'county', 'province', 'state', 'region', 'district',
  'village', 'town', 'castle', 'palace', 'stadium', 'desert', 'forest', 'peninsula', 'coast',
]);

/**
 * Endings that make a word an adjective whether or not compromise's lexicon lists it (`national`,
 * `presidential`, `legislative`): such a word starts no person's name. compromise guesses from
 * shorter endings too (`Iqbal`, `Maajid`, `Rocky`), which as often end a given name.
 */
export const ADJECTIVE_ENDING = /(?:ical|ional|ial|ual|ive|ous|ic|ary|ern|ful|less|able|ible)$/;

/** Forms of address: a title made of these alone says nothing worth an `is` triple (`Mr. Baker`). */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'madam', 'mme', 'mme.', 'messrs', 'messrs.', 'rev', 'rev.', 'st', 'st.',
]);

// 01-tag: closed-class words that keep their class however compromise tags them

/** `what`, `who`, `which`, ...: a wh-word opens a relative or a subordinate clause. */
export const WH_WORDS = new Set(['what', 'who', 'whom', 'whose', 'which', 'why', 'how', 'where', 'when', 'whatever', 'whoever']);

/** `his`, `their`, ...: possessive determiners, always determiners whatever compromise reads. */
export const POSSESSIVE_DETERMINERS = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

// 02-retag: words whose tag depends on their neighbours

/** `These include ...`: a demonstrative or quantifier with no noun after it stands for one. */
export const DEMONSTRATIVES = new Set(['this', 'these', 'those', 'all', 'some', 'many', 'most', 'both', 'each', 'few', 'several', 'none', 'others']);

/** `last week`, `the coming days`: adjectives that open a time expression. */
export const TIME_ADJECTIVES = new Set(['last', 'next', 'past', 'previous', 'coming', 'following']);

/** `all the clubs`: words that stand before a determiner and are determiners themselves. */
export const PREDETERMINERS = new Set(['all', 'both', 'half']);

/** `is first mentioned`: compromise reads the ordinal as a noun. */
export const ORDINAL_ADVERBS = new Set(['first', 'last', 'later', 'once', 'twice', 'again', 'second', 'third', 'finally', 'initially']);

/** Punctuation after which a word opens a clause or a quotation, as at the start of a sentence. */
export const OPENING_PUNCTUATION = new Set(['"', '“', '‘', "'", '`', '``', '(', '[', ':', '—', '–', '--']);

/** Endings of common nouns: a capitalised word ending so is not taken for an unseen name. */
export const COMMON_NOUN_ENDINGS = /(tion|sion|ness|ment|ity|ence|ance|ism|ship|ing|ure|ery|age|ies|ics)$/;

/** Adverbs that often stand before a noun (`only friends`, `nearly months`). */
export const NOUN_ADVERBS = new Set(['only', 'even', 'just', 'almost', 'nearly', 'about', 'around', 'roughly', 'some', 'over', 'mostly', 'mainly', 'especially', 'particularly', 'not']);

/** Verbs that take a bare infinitive (`help build`, `let go`, `make sure`). */
export const BARE_INFINITIVE_TAKERS = new Set(['help', 'helps', 'helped', 'let', 'lets', 'make', 'makes', 'made', 'see', 'saw', 'hear', 'heard', 'watch', 'watched', 'go', 'come', 'dare', 'bid']);

// 03-phrases: what stays inside a noun phrase

/** Quotation marks that open a quoted name inside a noun phrase (`his `` Aramata Collection ''`). */
export const OPENING_QUOTES = new Set(['``', '`', '“', '"', '‘']);
/** Quotation marks that close one. */
export const CLOSING_QUOTES = new Set(["''", "'", '”', '"', '’']);

/** `about 60 %`, `nearly 20 years`: adverbs that approximate the number after them. */
export const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'some', 'over', 'under', 'just', 'only']);

/** `last year`, `every Monday`: words that open a time expression after a name. */
export const DATE_OPENERS = new Set(['last', 'next', 'this', 'past', 'early', 'late', 'every']);

/**
 * Capitalised words (matched as written) that keep `of` inside a name: `Secretary of State`,
 * `Bank of England`.
 */
export const TITLE_LIKE_WORDS = new Set([
  'Secretary', 'Minister', 'Bank', 'University', 'Department', 'Ministry', 'Office', 'House', 'Court',
  'Chamber', 'Church', 'Institute', 'College', 'Museum', 'Republic', 'Kingdom', 'Union', 'League', 'Board',
  'Council', 'Party', 'Army', 'Order', 'Duke', 'Prince', 'Princess', 'King', 'Queen', 'Governor',
  'President', 'Chief', 'Head', 'Director', 'Chancellor',
]);

// 06-nominal

/** `Ogilvy & Mather unit in New York`: prepositions that say where a thing is. */
export const LOCATING_PREPOSITIONS = new Set(['in', 'at', 'on']);

// lemma and pronouns

/** Inflected forms of the auxiliaries `be`, `have` and `do`, with their lemmas: looked up before compromise's tables. */
export const IRREGULAR_AUX: Record<string, string> = {
  is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', am: 'be', "'s": 'be', "'re": 'be',
  has: 'have', had: 'have', having: 'have', "'ve": 'have', does: 'do', did: 'do',
};

/** `he`, `she`: pronouns that can only stand for a person, the nearest one named before them. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
