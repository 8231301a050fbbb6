/** Word lists the extractor's rules consult: linguistic data kept apart from the code that uses it. */

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

export const MODALS: Record<string, 'will' | 'would' | 'could' | 'can' | 'may' | 'might' | 'should' | 'must'> = {
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

/** Prepositions that attach a noun phrase to the one before it inside a subject (`a surge in fighting`). */
export const NOUN_ATTACHING_PREPOSITIONS = new Set([
  'of', 'for', 'in', 'on', 'at', 'from', 'with', 'about', 'between', 'among', 'to', 'by', 'over',
  'against', 'within', 'into', 'towards', 'toward', 'without', 'like', 'under', 'near',
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

/** Forms of address: a title made of these alone says nothing worth an `is` triple (`Mr. Baker`). */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'madam', 'mme', 'mme.', 'messrs', 'messrs.', 'rev', 'rev.', 'st', 'st.',
]);
