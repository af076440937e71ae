// Word lists for the attribution engine, plus lookups in compromise's English lexicon
// (first names with gender, places, organisations, demonyms, parts of speech).
// The lists here are English grammar and newsroom vocabulary (speech verbs, titles, role nouns),
// never names of particular people or places: a name is recognised from compromise's lexicon,
// capitalisation, a title or honorific before it, or the cast the story itself builds.
// Only the lexicon (a plain word -> tags table) is used, so it ships as data extracted from
// compromise (lexicon-data.ts, build/extract-lexicon.ts): compromise's parser costs ~3 ms per
// paragraph, too slow for per-keystroke analysis, and loading it to read its table built its
// whole model in every editor window.
import { LEXICON_TAG_SETS, LEXICON_WIDE_WORDS, LEXICON_WORDS } from './lexicon-data';

const ENTRY_END = 126; // "~" (build/extract-lexicon.ts)
const TAG_CODE_BASE = 48;
const NO_TAGS: readonly string[] = [];

let tagSets: (readonly string[])[] | null = null;

/** One of the lexicon's sorted strings, with where each of its entries starts (built on the first lookup). */
interface WordTable {
  words: string;
  starts: Int32Array | null;
}
// The words all in Latin-1, and the few with a character beyond it: apart, so that V8 keeps the
// first (nearly all of them) one byte a character.
const latin1: WordTable = { words: LEXICON_WORDS, starts: null };
const wide: WordTable = { words: LEXICON_WIDE_WORDS, starts: null };

function index(table: WordTable): Int32Array {
  if (table.starts) return table.starts;
  tagSets ??= LEXICON_TAG_SETS.map((set) => Object.freeze(set.split(',')));
  const { words } = table;
  let count = 0;
  for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) === ENTRY_END) count++;
  const starts = new Int32Array(count);
  let at = 0;
  for (let n = 0; n < count; n++) {
    starts[n] = at;
    at = words.indexOf('~', at) + 1;
  }
  table.starts = starts;
  return starts;
}

/** Compares `word` with the entry of `words` at `start` (whose word ends one character before its "~"), without making a string. */
function compareEntry(words: string, word: string, start: number): number {
  for (let i = 0; ; i++) {
    const c = words.charCodeAt(start + i + 1) === ENTRY_END ? -1 : words.charCodeAt(start + i);
    if (i === word.length) return c === -1 ? 0 : -1;
    if (c === -1) return 1;
    const d = word.charCodeAt(i) - c;
    if (d !== 0) return d;
  }
}

/** Whether a word has a character beyond Latin-1 (then only the wide words can hold it). */
function isWide(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0xff) return true;
  return false;
}

/** compromise lexicon tags of a lower-cased word (empty when unknown): a binary search of the sorted words. */
export function lexTags(lower: string): readonly string[] {
  const table = isWide(lower) ? wide : latin1;
  const s = index(table);
  const { words } = table;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = compareEntry(words, lower, s[mid]);
    if (d === 0) {
      const end = mid + 1 < s.length ? s[mid + 1] - 1 : words.length - 1;
      return (tagSets as (readonly string[])[])[words.charCodeAt(end - 1) - TAG_CODE_BASE];
    }
    if (d < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return NO_TAGS;
}

const hasAny = (lower: string, set: ReadonlySet<string>) => lexTags(lower).some((t) => set.has(t));

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Address']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const COMMON_TAGS = new Set([
  'Adjective',
  'Adverb',
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Plural',
  'Singular',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Modal',
  'Copula',
  'QuestionWord',
  'Uncountable',
  'Comparative',
  'Superlative',
  'Participle',
  'PhrasalVerb',
  'Expression',
  'Negative',
  'Noun',
  'Cardinal',
  'Ordinal',
  'TextValue',
  'Month',
  'WeekDay',
  'Date',
  'Duration',
  'Actor',
]);

/** Surnames compromise's lexicon tags as given names ("Nguyen", the commonest Vietnamese surname,
 * comes first in "Nguyen Thi Lan"). */
const NOT_GIVEN_NAMES = new Set(['nguyen']);
/** A word with a letter beyond ASCII, and the same word without its accents: "Siobhán", "Seán" and
 * "José" are given names as the lexicon's "siobhan", "sean" and "jose" are (nameGender takes no sex
 * from the plain spelling). */
const ACCENTED = /[\u0080-\uffff]/;
const plain = (lower: string) => lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
export const isFirstName = (lower: string): boolean => (hasAny(lower, FIRST_NAME_TAGS) && !NOT_GIVEN_NAMES.has(lower)) || hyphenedGiven(lower).length > 0 || (ACCENTED.test(lower) && !ACCENTED.test(plain(lower)) && isFirstName(plain(lower)));
/** The parts of a hyphenated given name the lexicon knows ("ana-maria": ana, maria), else none. */
function hyphenedGiven(lower: string): string[] {
  const parts = lower.split('-');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return [];
  const known = (w: string) => hasAny(w, FIRST_NAME_TAGS) && !NOT_GIVEN_NAMES.has(w);
  return known(parts[0]) && known(parts[1]) ? parts : [];
}
export function nameGender(lower: string): 'm' | 'f' | null {
  if (NOT_GIVEN_NAMES.has(lower)) return null;
  // (a name with accents has no gender its plain spelling gives: "Álex" and "Rosário" are women's names
  // too, whatever "alex" and "rosario" are)
  if (ACCENTED.test(lower) && !lexTags(lower).length) return null;
  // ("Ana-Maria", "Mary-Kate", "Jean-Paul": both parts the same; not "Jean-" names, which French
  // gives men whatever follows)
  const parts = hyphenedGiven(lower);
  if (parts.length) {
    if (parts[0] === 'jean') return nameGender(parts[1]!) === 'm' ? 'm' : null;
    const a = nameGender(parts[0]!);
    return a === nameGender(parts[1]!) ? a : null;
  }
  const t = lexTags(lower);
  const m = t.includes('MaleName');
  const f = t.includes('FemaleName');
  if (m && !f) return 'm';
  if (f && !m) return 'f';
  return null;
}
export const isPlaceWord = (lower: string) => hasAny(lower, PLACE_TAGS);
export const isCountry = (lower: string) => lexTags(lower).includes('Country');
export const isOrgWord = (lower: string) => hasAny(lower, ORG_TAGS) || MORE_ORG_NAMES.has(lower);
/** Bodies whose names read like a title and a name ("Garda Síochána", Ireland's police). */
const MORE_ORG_NAMES = new Set(['garda síochána', 'garda siochana']);
/** Nationalities and faiths compromise's lexicon files under other tags (languages, adjectives) or lacks. */
const MORE_DEMONYMS = new Set('british irish english scottish welsh spanish danish swedish finnish polish turkish lankan tanzanian somali argentinian arab muslim jewish hindu sikh catholic protestant zealander rican leonean timorese finn briton turk pole scot kiwi'.split(' '));
/** Nationalities of two words, the first of which alone is none ("the New Zealander", "the South African"). */
export const TWO_WORD_DEMONYMS = new Set(['new zealander', 'south african', 'sri lankan', 'costa rican', 'puerto rican', 'sierra leonean', 'south korean', 'north korean', 'south sudanese', 'east timorese', 'northern irish', 'northern irishman', 'northern irishwoman']);
/** A city's people by its name and "-er" ("the Londoner", "a Dubliner", "Berliners"). */
const cityDemonym = (lower: string) => {
  const stem = lower.replace(/ers?$/, '');
  return stem !== lower && stem.length >= 4 && isPlaceWord(stem) && !isFirstName(lower) && !isFirstName(stem);
};
export const isDemonym = (lower: string) => lexTags(lower).includes('Demonym') || MORE_DEMONYMS.has(lower) || PARTY_WORDS.has(lower) || cityDemonym(lower);
export const isDateWord = (lower: string) => {
  // ("March", which compromise's lexicon leaves untagged; callers ask only of capitalised words,
  // where the verb is rare. "May" stays a name's as much as a month's)
  if (lower === 'march') return true;
  const t = lexTags(lower);
  return t.includes('Month') || t.includes('WeekDay') || t.includes('Date');
};
/** A word made with "-born", "-winning" and the like, which says what someone is ("Lagos-born",
 * "Oscar-winning", "Harvard-educated"). */
export const EPITHET_COMPOUND = /-(?:born|bred|raised|winning|educated|trained|shortlisted|nominated|based)$/;
/** A common English word (so a capitalised occurrence at sentence start is not a name). */
export function isCommonWord(lower: string): boolean {
  if (FUNCTION_WORDS.has(lower)) return true;
  const t = lexTags(lower);
  // (and writing the lexicon lacks: "Graffiti on the wall ... read:")
  if (!t.length) return (/(?:ing|ly|ed)$/.test(lower) && lower.length > 4) || DOCUMENT_NOUNS.has(lower);
  if (t.some((x) => FIRST_NAME_TAGS.has(x) || PLACE_TAGS.has(x) || ORG_TAGS.has(x) || x === 'LastName' || x === 'Person' || x === 'ProperNoun')) return false;
  return t.some((x) => COMMON_TAGS.has(x));
}
export const isNounish = (lower: string) => {
  const t = lexTags(lower);
  if (!t.length) return false;
  if (
    t.some(
      (x) =>
        x === 'Verb' ||
        x === 'PastTense' ||
        x === 'PresentTense' ||
        x === 'Infinitive' ||
        x === 'Preposition' ||
        x === 'Adverb' ||
        x === 'Conjunction' ||
        x === 'Determiner' ||
        x === 'Gerund' ||
        x === 'Copula' ||
        x === 'Modal',
    )
  )
    return false;
  return t.some((x) => x === 'Singular' || x === 'Plural' || x === 'Noun' || x === 'Uncountable' || x === 'Actor');
};

const PARTY_WORDS = new Set([
  'republican',
  'democratic',
  'democrat',
  'gop',
  'conservative',
  'liberal',
  'labour',
  'tory',
  'independent',
  'progressive',
  'socialist',
  'communist',
]);

/** Pronouns with a contracted verb ("you've", "they\u2019re"), written with either apostrophe, as one string of words. */
function contractions(words: string[], endings: string[]): string {
  return words.flatMap((w) => endings.flatMap((e) => [w + e, w + e.replace("'", '\u2019')])).join(' ') + ' ';
}

export const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet for of in on at by with from to into onto upon over under about above below ' +
    'after before during since until while when whenever where wherever as if though although because unless ' +
    "this that these those there here then than it its it's they them their we us our you your i me my he him his " +
    "i'd i\u2019d i'm i\u2019m i'll i\u2019ll i've i\u2019ve " +
    contractions('you we they he she that there who what'.split(' '), ["'ve", "'re", "'d", "'ll", "'s"]) +
    'she her hers who whom whose which what why how all any some no not each every both either neither one ' +
    'is are was were be been being has have had do does did will would can could shall should may might must ' +
    'also even just only still already yet again ever never now today yesterday tomorrow tonight meanwhile however ' +
    'instead indeed moreover furthermore nevertheless nonetheless otherwise thus hence therefore still perhaps ' +
    'afterwards afterward elsewhere ' +
    'maybe later earlier first second third last next another other such many much more most few less least ' +
    'according asked speaking like unlike despite through throughout among between against toward towards ' +
    'within without along across around behind beyond near via per amid amidst'
  ).split(/\s+/),
);

// ---------------------------------------------------------------------------------------------
// Speech cues

function forms(spec: string): string[] {
  // "say|says|said|saying" or a regular verb "note" -> note notes noted noting
  if (spec.includes('|')) return spec.split('|');
  const out = [spec];
  if (spec.endsWith('e')) out.push(spec + 's', spec + 'd', spec.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(spec)) out.push(spec.slice(0, -1) + 'ies', spec.slice(0, -1) + 'ied', spec + 'ing');
  else if (/(?:s|sh|ch|x|z)$/.test(spec)) out.push(spec + 'es', spec + 'ed', spec + 'ing');
  else out.push(spec + 's', spec + 'ed', spec + 'ing');
  return out;
}

const SPEECH_SPECS = [
  'say|says|said|saying',
  'tell|tells|told|telling',
  'write|writes|wrote|writing|written',
  'add',
  'note',
  'stress',
  'warn',
  // ("the Speaker reminded him that the chamber was “not a football terrace”")
  'reminds|reminded',
  'ask',
  'insist',
  'argue',
  'explain',
  'declare',
  'state',
  'reply',
  'respond',
  'continue',
  'recall',
  'remark',
  'joke',
  'tweet|tweets|tweeted|tweeting',
  'post',
  'acknowledge',
  'admit|admits|admitted|admitting',
  'claim',
  'complain',
  'concede',
  'contend',
  'counter',
  'caution',
  'emphasize',
  'emphasise',
  'observe',
  'predict',
  'promise',
  'pledge',
  'quip|quips|quipped|quipping',
  'shout',
  'suggest',
  'urge',
  'vow',
  'announce',
  'boast',
  'call',
  'describe',
  'label|labels|labeled|labelled|labeling',
  'comment',
  'mention',
  'assert',
  'allege',
  'charge',
  'maintain',
  'testify',
  'muse',
  'confirm',
  'deny',
  'retort',
  'scoff',
  'tout',
  'yell',
  'scream',
  'exclaim',
  'sigh',
  'whisper',
  'plead',
  'lament',
  'email',
  'interject',
  'characterize',
  'dismiss',
  'blast',
  'slam|slams|slammed|slamming',
  'accuse',
  'brag|brags|bragged|bragging',
  'fume',
  'demand',
  'recount',
  'reiterate',
  'repeat',
  'reflect',
  'wonder',
  'worry',
  'think|thinks|thought|thinking',
  'believe',
  'feel|feels|felt|feeling',
  'highlight',
  'name',
  'portray',
  'estimate',
  'express',
  'proclaim',
  'concur',
  'agree',
  'point',
  'chide',
  'praise',
  'criticize',
  'criticise',
  'mock',
  'rail',
  'decry',
  'lash',
  'hail',
  'attack',
  'thank',
  'assure',
  'reassure',
  'conclude',
  'summarize',
  'forecast',
  'opine',
  'query',
  'question',
  'instruct',
  'advise',
  'inform',
  'reveal',
  'disclose',
  'indicate',
  'propose',
  'recommend',
  'describe',
  'speak|speaks|spoke|speaking|spoken',
  'remember',
  'applaud',
  'recollect',
  'gush',
  'rave',
  'begin|begins|began|beginning',
  'answer',
  'vowed',
  'pray',
  'preach',
  'cheer',
  'chant',
  'sing|sings|sang|singing',
  'read|reads|reading',
  'text',
  'message',
  'signal',
  'hint',
  'envision',
  'imagine',
  // (features: "“My wedding was in the afternoon,” Madam Lim corrects him.")
  'corrects|corrected',
  'presses|pressed',
  'interrupts|interrupted',
  'laughs|laughed',
  // (courts: "“Bail is a right,” she ruled"; "counsel submitted that ..."; and the verbs of a
  // speaker's manner in features: "he averred", "she beams", "he chuckles")
  'rules|ruled',
  'aver|avers|averred|averring',
  'submits|submitted',
  'rebut|rebuts|rebutted|rebutting',
  'clarify',
  'beg|begs|begged|begging',
  'enthuse',
  'tease',
  'thunder',
  'marvel|marvels|marvelled|marveled|marvelling|marveling',
  'beams|beamed',
  'grins|grinned',
  'chuckle',
];
/** Verbs of saying that characterise something, as "dismissed" does ("rejected the findings as
 * “exaggerated”", "branded the plan “reckless”"): speech verbs, weak (below) but for the cue
 * finder's own check of their "as" (local.ts). */
export const CHARACTERISING = new Set(['reject', 'denounce', 'condemn', 'brand'].flatMap(forms));
export const SPEECH_VERBS = new Set<string>(CHARACTERISING);
for (const s of SPEECH_SPECS) for (const f of forms(s)) SPEECH_VERBS.add(f);
// Words in SPEECH_VERBS that are too often something else to count when nothing else supports them.
export const WEAK_SPEECH = new Set([
  // (the characterising verbs count only where the cue finder checks their "as", in local.ts)
  ...CHARACTERISING,
  'email',
  'emails',
  'tweet',
  'tweets',
  'state',
  'states',
  'post',
  'posts',
  'call',
  'name',
  'names',
  'point',
  'points',
  'read',
  'reads',
  'reading',
  'text',
  'texts',
  'message',
  'messages',
  'signal',
  'signals',
  'charge',
  'charges',
  'question',
  'questions',
  'feel',
  'continue',
  'continues',
  'continuing',
  'begin',
  'begins',
  'beginning',
  'thought',
  'counter',
  'counters',
  'answer',
  'answers',
  'attack',
  'attacks',
  'hail',
  'hails',
  'rail',
  'rails',
  'comment',
  'comments',
  'express',
  'expresses',
  'repeat',
  'repeats',
  'speaking',
  'speak',
  'speaks',
  'spoke',
  'spoken',
  'estimate',
  'estimates',
  'thinking',
  'feeling',
  'reflect',
  'reflects',
  'lash',
  'lashes',
  'hint',
  'hints',
  'sing',
  'sings',
  'chant',
  'chants',
  'cheer',
  'cheers',
  'pray',
  'prays',
  'worry',
  'worries',
  'wonder',
  'wonders',
  'thank',
  'thanks',
  'imagine',
  'imagines',
  'envision',
  'envisions',
  'propose',
  'proposes',
  'question',
  'named',
  'naming',
  'called',
  'calling',
  'calls',
  'stated',
  'posted',
  'continued',
  'thinks',
  'think',
  'believe',
  'believes',
]);
// Verbs whose inverted form ("..., said X") is normal.
export const INVERTIBLE = new Set([
  'said',
  'says',
  'asked',
  'asks',
  'added',
  'adds',
  'wrote',
  'writes',
  'continued',
  'continues',
  'noted',
  'notes',
  'explained',
  'explains',
  'recalled',
  'recalls',
  'replied',
  'replies',
  'responded',
  'declared',
  'insisted',
  'warned',
  'argued',
  'stated',
  'remarked',
  'quipped',
  'joked',
  'tweeted',
  'observed',
  'conceded',
  'countered',
  'cautioned',
  'shouted',
  'answered',
  'offered',
  'emphasized',
  'stressed',
  'predicted',
  'promised',
  'suggested',
  'acknowledged',
  'admitted',
  'claimed',
  'complained',
  'contended',
  'announced',
  'boasted',
  'exclaimed',
  'retorted',
  'reads',
  'read',
  'wondered',
  'mused',
  'remembered',
  'recalled',
  'concluded',
  'added',
  'tweeted',
  'wrote',
]);
/** Nouns that mark the surrounding sentence as being about speech (for partial quotes with no verb). */
export const SPEECH_NOUNS = new Set([
  'statement',
  'statements',
  'remarks',
  'remark',
  'comment',
  'comments',
  'speech',
  'speeches',
  'interview',
  'interviews',
  'tweet',
  'tweets',
  'post',
  'email',
  'emails',
  'letter',
  'op-ed',
  'assertion',
  'assertions',
  'claim',
  'claims',
  'words',
  'message',
  'messages',
  'testimony',
  'chant',
  'chants',
  'chanting',
  'slogan',
  'response',
  'answer',
  'reply',
  'address',
  'declaration',
  'announcement',
  'warning',
  'promise',
  'pledge',
  'vow',
  'quote',
  'quoted',
  'quoting',
  'dubbed',
  'labeled',
  'branded',
  'admiration',
  'praise',
  'criticism',
  'complaint',
  'complaints',
  'accusation',
  'accusations',
  'description',
  'characterization',
  'rhetoric',
  'language',
  'memo',
  'note',
  'release',
  'report',
  'reports',
  'declared',
]);

// ---------------------------------------------------------------------------------------------
// People: honorifics, titles, role nouns

export const MALE_HON = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'rabbi']);
export const FEMALE_HON = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'dame', 'lady', 'queen', 'princess', 'sister', 'mx']);

/** Police ranks as Nigerian, Ghanaian and Kenyan papers write them before a name ("CP Abubakar
 * Sule", "the CP said", "DSP Ngozi Eze", "IGP Usman Bello"; not SP, ASP, AIG or DIG, which are also
 * firms' names and words): titles, and ones a story may never give anyone. */
export const SHORT_RANKS = new Set(['cp', 'dcp', 'acp', 'dsp', 'igp', 'dpo']);
/** Capitalised title words that precede a name ("Prime Minister", "Sen.", "U.S. District Judge"). */
export const TITLE_WORDS = new Set(
  (
    'mp mep msp mla president vice prime minister secretary sen senator sens rep reps representative gov governor mayor judge justice ' +
    'chief chairman chairwoman chairperson chair mr mrs ms miss mx dr gen general lt col maj capt sgt adm cmdr retired ret brig brigadier ' +
    'former ambassador speaker leader majority minority attorney rev reverend pope king queen prince princess sheriff ' +
    'commissioner director ceo cfo coo chancellor deputy assistant acting rabbi bishop cardinal archbishop sir dame lord lady ' +
    'professor prof coach detective officer councilman councilwoman councilor alderman alderwoman congressman congresswoman ' +
    'assemblyman assemblywoman lieutenant colonel major captain sergeant admiral commander president-elect first madam ' +
    'madame spokesman spokeswoman spokesperson candidate nominee premier emir sheikh ayatollah sultan crown marshal ' +
    'superintendent inspector constable trooper agent editor publisher host anchor correspondent columnist analyst ' +
    'strategist adviser advisor aide executive founder cofounder co-founder owner manager treasurer comptroller auditor ' +
    'solicitor barrister counsel delegate envoy consul provost dean pastor imam father brother sister undersecretary under-secretary ' +
    // British police ranks and councillors as abbreviated before a name ("Pc Gareth Evans", "Cllr Sue Baines";
    // Australian papers' "Cr Sue Baines")
    'pc pcso dc dci supt insp garda cllr cr councillor ' +
    // (the elected of school boards, counties and towns as North American papers title them: "Trustee Femi
    // Oyelowo", "Supervisor Ana Ruiz", "Selectman Tom Reid")
    'trustee trustees supervisor supervisors selectman selectwoman ' +
    // Irish parliamentary titles ("Local TD Órla Ní Bhriain", "Senator and TD")
    'td tds ' +
    // ... and Canadian, US and army ranks as abbreviated ("Const. Amanda Ferreira", "Lance Cpl. Derrick Hollis")
    'const cst cpl corporal det pte spc pfc ' +
    // ... and the honorifics of English-language papers elsewhere, abbreviated or not ("Coun. Amrit Dhaliwal",
    // "Eng. Peter Njoroge", "Hon. Kwabena Asante", "Barr. Ada Eze", "Shri Anil Rao")
    'coun eng engr hon barr atty alhaji alhaja shri smt ' +
    // ... and Malaysia's ("Datuk Seri Ahmad Zaki", "Datin Rosnah Ali", "Tun Mahathir")
    'datuk datin dato seri tun puan ' +
    // ("parish priest Fr Ann Park": Father, abbreviated)
    'fr ' +
    // ... and the court's, the inquest's and the prison's ("Senior Magistrate Ann Kerubo", "Coroner Ian Hale")
    'magistrate coroner chaplain ombudsman ' +
    // (a cathedral's clergy: "the Rev Canon Elspeth Marwood", "the Venerable Archdeacon Ian Dunn")
    'canon archdeacon'
  )
    .split(/\s+/)
    // ... and police ranks written short (SHORT_RANKS)
    .concat([...SHORT_RANKS]),
);
/** Titles that are only titles when capitalised before a name; tokens like "U.S." or "District" are modifiers. */
export const TITLE_MODIFIERS = new Set(
  (
    'u.s. us u.n. un federal state district supreme appeals circuit court house senate ' +
    'white national foreign defense defence interior justice treasury labor labour homeland security general senior ' +
    'executive associate managing press campaign party chief deputy vice former then-'
  ).split(/\s+/),
);

/** Lower-case role nouns: "the president", "the Ohio governor", "aide Jane Doe". */
/** A member of a parliament by the letters after their name, in lower case ("mp", "mla", "td"): a role. */
export const MEMBER_LETTER_WORDS = new Set(['mp', 'mla', 'msp', 'mep', 'td']);
export const ROLE_NOUNS = new Set(
  (
    'president senator sen congressman congresswoman representative governor mayor minister secretary judge justice ' +
    // (members of a parliament, by their letters: "the MP said", "the MLA says"; MEMBER_LETTER_WORDS)
    'mp mla msp mep td ' +
    'chairman chairwoman chair leader speaker ambassador candidate nominee businessman businesswoman billionaire mogul ' +
    'developer tycoon official spokesman spokeswoman spokesperson aide adviser advisor strategist pollster ' +
    'host anchor correspondent reporter columnist editor commentator analyst economist professor lawyer attorney ' +
    'prosecutor director chief executive ceo founder owner manager boss chancellor premier monarch king queen pope ' +
    'general commander officer sheriff councilman alderman lawmaker legislator politician activist organizer ' +
    'supporter critic opponent rival challenger incumbent frontrunner front-runner contender hopeful veteran ' +
    'officeholder diplomat envoy emissary attaché attache counsel justice actor actress singer star comedian author writer ' +
    'historian scholar researcher scientist expert consultant founder pastor priest bishop cardinal rabbi imam ' +
    'governor-elect president-elect mother father wife husband daughter son brother sister widow student teacher ' +
    'doctor physician nurse voter resident owner worker contestant president-elect prime coach manager player ' +
    'captain engineer farmer officer commuter trustee selectman selectwoman ' +
    // sport, courts, schools and councils
    'striker goalkeeper midfielder defender winger batsman bowler seamer pitcher quarterback cyclist sprinter ' +
    'forward keeper full-back centre-back fly-half scrum-half flanker trainer jockey skipper referee umpire caddie ' +
    'defendant witness juror principal headteacher headmaster headmistress caretaker councillor councilwoman barrister solicitor organiser campaigner ' +
    'chairperson convenor convener coordinator advocate ' +
    // ... magistrates' courts, inquests and prisons ("the magistrate said", "the coroner found")
    'magistrate coroner chaplain ombudsman ' +
    // ... universities, churches, public offices and international bodies ("said the dean of the
    // cathedral", "the secretary-general of the council, Henrik Aalto, said")
    'dean rector provost registrar warden vicar curate archdeacon superintendent commissioner inspector ' +
    'secretary-general director-general under-secretary administrator moderator presenter publisher treasurer ' +
    // ... police and military ranks ("Cpl. Dana Whitehorse ... The corporal said")
    'corporal sergeant detective lieutenant colonel constable admiral brigadier ' +
    // relatives ("said her nephew, Hugh Coombe")
    'nephew niece aunt uncle cousin grandmother grandfather granddaughter grandson stepmother stepfather stepdaughter stepson'
  ).split(/\s+/),
);

/** The gender a role word gives (not "alderman" or "actor", which women are called too: "former
 * alderman Marijke Hoogeveen-Bos said she was ..."). */
export const ROLE_GENDER: Record<string, 'm' | 'f'> = {
  businessman: 'm',
  businesswoman: 'f',
  congresswoman: 'f',
  spokeswoman: 'f',
  chairwoman: 'f',
  king: 'm',
  queen: 'f',
  mother: 'f',
  father: 'm',
  wife: 'f',
  husband: 'm',
  daughter: 'f',
  son: 'm',
  brother: 'm',
  sister: 'f',
  widow: 'f',
  nephew: 'm',
  niece: 'f',
  aunt: 'f',
  uncle: 'm',
  grandmother: 'f',
  grandfather: 'm',
  granddaughter: 'f',
  grandson: 'm',
  stepmother: 'f',
  stepfather: 'm',
  stepdaughter: 'f',
  stepson: 'm',
  actress: 'f',
  councilman: 'm',
};

/** Heads of organisation names. */
export const ORG_HEADS = new Set(
  (
    'news agency press times post journal herald tribune gazette network television tv radio channel magazine ' +
    // (a paper's name: "told the Vale Chronicle", "the Northern Echo"; not a word for a person too,
    // "the courier", "the examiner", "an observer")
    'echo chronicle mirror express telegraph argus advertiser inquirer gleaner weekly monthly quarterly ' +
    'party committee council department ministry office bureau agency administration government commission ' +
    // (a band by how many play in it: "the four-piece said"; not "the quartet", which may be any four)
    'three-piece four-piece five-piece six-piece ' +
    'university college school institute institution foundation center centre association union federation confederation league ' +
    'corp corporation inc co company group bank fund forces army navy force guard police constabulary court congress senate ' +
    'house parliament assembly campaign alliance coalition organization organisation society club board authority ' +
    'service services trust partners capital markets holdings industries airlines motors systems labs media ' +
    'pac church cathedral mosque synagogue gurdwara hospital clinic museum library broadcaster newspaper outlet tabloid ' +
    'ministry embassy consulate regulator watchdog firm staff command headquarters secretariat ' +
    // (the last word of a department's name after its list: "the Department for Food and Rural Affairs")
    'affairs ' +
    // (a church's bodies: "the Diocese of Carrowmore", "the Archdiocese of Toronto")
    'diocese archdiocese synod presbytery ' +
    'observatory laboratory academy gallery theatre theater zoo aquarium seminary conservatory orchestra airport ' +
    // ("the All Pakistan Spinning Mills Forum", "the Rice Growers Consortium")
    'forum consortium cooperative co-operative collective guild syndicate municipality presidency exchange chamber panel jury ' +
    // (a service, an office and hearings spoken of like a force or a court: "the coastguard said", "the regional health directorate", "the tribunal found")
    'coastguard inspectorate tribunal directorate ' +
    // (a school by its kind: "Greystone Primary", "St Aidan's Primary")
    'primary ' +

    // ("The opposition called the rules “too little, too late.”": a parliament's other side as one body)
    'opposition'
  ).split(/\s+/),
);

/** The last word of a football club's name of two words or more ("Oldcastle Wanderers", "Portbridge
 * Albion"): no one's surname. (Not an organisation's head alone: "Wanderers supporters", "Rovers and
 * United fans"; not "town", too common in lower case, "across town".) */
export const CLUB_HEADS = new Set(['united', 'wanderers', 'rovers', 'athletic', 'albion', 'hotspur', 'harriers']);

/** Plural nouns for groups of people who can speak together ("protesters chanted", "officials said"). */
export const GROUP_NOUNS = new Set(
  (
    'officials protesters protestors demonstrators critics residents analysts experts lawmakers legislators ' +
    'activists supporters opponents witnesses police authorities prosecutors investigators organizers organisers ' +
    'voters workers students parents teachers doctors nurses scientists researchers economists diplomats sources ' +
    'officers soldiers villagers locals fans crowd crowds campaigners advocates neighbors neighbours relatives ' +
    'members leaders executives employees staff aides advisers advisors observers commentators participants ' +
    'spokesmen spokeswomen spokespeople representatives negotiators rescuers firefighters farmers merchants ' +
    'shopkeepers owners survivors victims families family passengers patients users customers economists people men women ' +
    'children protesters ' +
    // (Ireland's police, "gardaí in Rathmoyle said")
    'gardaí gardai'
  ).split(/\s+/),
);

/** Documents and utterances that "say" things ("the complaint alleges", "according to the report"). */
export const DOCUMENT_NOUNS = new Set(
  (
    'report complaint statement lawsuit suit indictment filing memo memorandum letter document study book survey ' +
    'ruling order affidavit motion petition release transcript verdict decision opinion resolution editorial ' +
    'article email message note notice guidance analysis assessment review audit investigation inquiry charter ' +
    'communique communiqué declaration announcement proposal plan draft summary testimony ad advert advertisement commercial ' +
    'flyer leaflet mailer brochure pamphlet tweet post video paper citation banner placard poster slogan inscription plaque graffiti ' +
    // (a coroner's or a tribunal's: "the findings state", "the judgment said")
    'findings judgment judgement ' +
    // (a party's, a deal's, a case's: "the draft manifesto promises", "the contract says")
    'manifesto dossier contract agreement submission guidelines ' +
    // (an agency's or an office's: "the bulletin said", "the circular says")
    'bulletin briefing circular newsletter handbook ' +
    // (a company's or a board's: "The accounts say the club remains “…”", "the minutes said")
    'accounts minutes ' +
    // (a court's or the police's: "The charge sheet alleges", "the warrant says", "the writ claims")
    'sheet warrant writ'
  ).split(/\s+/),
);

const NOT_PEOPLE = new Set([
  'meter',
  'water',
  'other',
  'order',
  'number',
  'matter',
  'letter',
  'paper',
  'corner',
  'border',
  'power',
  'center',
  'centre',
  'quarter',
  'error',
  'factor',
  'sector',
  'mirror',
  'motor',
  'tractor',
  'monitor',
  'weather',
  'answer',
  'banner',
  'chamber',
  'winter',
  'summer',
  'river',
  'tower',
  'shelter',
  'charter',
  'register',
  'cluster',
  'chapter',
  'ledger',
  'computer',
  'container',
  'poster',
  'sticker',
  'mention',
  'question',
  'nation',
  'station',
  'fee',
  'committee',
  'guarantee',
  'plant',
  'giant',
  'event',
  'percent',
  'moment',
  'statement',
  'government',
  'agreement',
  'department',
  'parliament',
  'element',
  'document',
  'talent',
  'accent',
  'segment',
  'comment',
  'german',
  'roman',
  'ottoman',
  'norman',
  'layer',
  'player',
  'prayer',
  'buyer',
  'flyer',
  'dealer',
  'cancer',
  'filter',
  'theater',
  // (a shop's or a bar's, not one who counts: "a sign above his counter")
  'counter',
]);
/** A noun for a kind of person: a role noun, compromise's Actor nouns, or an agent ending
 * (shopkeeper, pensioner, villager, economist, librarian, employee, attendant, fireman). */
const PEOPLE = new Set([
  'man',
  'woman',
  'person',
  'boy',
  'girl',
  'child',
  'kid',
  'teen',
  'teenager',
  'youth',
  'guy',
  'lady',
  'gentleman',
  'neighbor',
  'neighbour',
  'friend',
  'relative',
  'stranger',
  'passerby',
  'bystander',
  'someone',
  'somebody',
  'source',
  'insider',
  'confidant',
  // people the lexicon has no agent ending or Actor tag for
  'counterpart',
  'rookie',
  'teammate',
  'team-mate',
  'compatriot',
  'ally',
  'guard',
  'centre-back',
  'full-back',
  'fullback',
  'fly-half',
  'scrum-half',
  'jockey',
  'cousin',
  'aunt',
  'classmate',
  'publican',
  // (women's words for a trade, as "the retired seamstress": "Landlady Rosalind Pettifer said")
  'landlady',
  'barmaid',
  'vicar',
  'curate',
  'nun',
  'monk',
  'chef',
  'paramedic',
  'victim',
  'suspect',
  'plaintiff',
  'eyewitness',
  // (women's words for a trade the agent endings miss: "said the retired seamstress")
  'seamstress',
  'songstress',
  'waitress',
  'stewardess',
  'heiress',
  'governess',
  'poetess',
  'headmistress',
  'lecturer',
  'midwife',
  'coxswain',
  'intern',
  // ("Lifeguard Tom Ash said")
  'lifeguard',
  // ("A chieftain of the party, Chief Ada Obi, said")
  'chieftain',
  // (short words for people the ending rule does not reach: ""...," one user wrote")
  'user',
  'fan',
  'guest',
  'pupil',
  'donor',
  'poet',
  'cook',
  // ("A European delegate, speaking on condition of anonymity, said")
  'delegate',
  // ("A whip, who spoke on condition of anonymity, disputed that. “…,” he said.")
  'whip',
  // ("the 58-year-old volunteer said", which the lexicon knows only as a verb)
  'volunteer',
  // positions in team sports, named before a player as a role is
  'corner-back',
  'half-back',
  'wing-back',
  'full-forward',
  'half-forward',
  'centre-forward',
  'centre-half',
  'flanker',
  'wicketkeeper',
  'all-rounder',
  'linebacker',
  'shortstop',
  'outfielder',
  'infielder',
  'receiver',
  'netminder',
]);
/** Words for a person only right before a name ("Mountain guide Thibault Roux-Mercier said"); alone,
 * most often a document ("the guide says"). */
export const BEFORE_NAME_PERSON_NOUNS = new Set(['guide']);
export function isPersonNoun(lower: string): boolean {
  if (ROLE_NOUNS.has(lower) || PEOPLE.has(lower) || (lower.includes('-') && pairedPersonNoun(lower))) return true;
  if (NOT_PEOPLE.has(lower) || lower.length < 5) return false;
  const t = lexTags(lower);
  if (t.includes('Actor')) return true;
  if (t.some((x) => x === 'Adjective' || x === 'Adverb' || x === 'Verb' || x === 'PastTense' || x === 'Gerund' || x === 'Preposition')) return false;
  // (a thing done or had is no one: "allotment", "settlement", "apartment"; "management" may be the
  // people who manage)
  return /(?:[^e]er|or|ist|ian|ee|ant|ent|man|woman|person|wife|keeper|goer)$/.test(lower) && !(/ment$/.test(lower) && lower !== 'management');
}
/** A person noun the lexicon knows as one (a role noun, a listed person noun or compromise's Actor
 * tag), not guessed from its ending: "processor", "carmaker" and "lender" name firms as often. */
export function isKnownPersonNoun(lower: string): boolean {
  // (and "co-founder": "said the group's co-founder, Wendell Pruitt")
  return listedPersonNoun(lower) || compoundPersonNoun(lower) || pairedPersonNoun(lower) || /^co-?founders?$/.test(lower);
}
/** A role noun, a listed person noun or one compromise tags Actor. */
const listedPersonNoun = (lower: string) => ROLE_NOUNS.has(lower) || PEOPLE.has(lower) || lexTags(lower).includes('Actor');
/** Two person nouns joined by a hyphen, one the lexicon knows, one person who is both
 * ("singer-songwriter", "player-coach", "writer-director"). */
function pairedPersonNoun(lower: string): boolean {
  const parts = lower.split('-');
  return parts.length === 2 && parts.every((w) => w.length >= 4 && (listedPersonNoun(w) || isPersonNoun(w))) && parts.some(listedPersonNoun);
}
/** One word made of a word and a person noun the lexicon knows ("schoolteacher", "bandleader",
 * "policewoman"), never one whose person noun may name a firm ("carmaker", "homebuilder") or ends
 * words for things ("loudspeaker", "typewriter"). */
function compoundPersonNoun(lower: string): boolean {
  if (lower.length < 9 || lower.includes('-')) return false;
  for (let i = 3; i <= lower.length - 5; i++) {
    const head = lower.slice(i);
    if ((ROLE_NOUNS.has(head) || PEOPLE.has(head)) && !FIRM_PERSON_NOUNS.has(head)) return true;
  }
  return false;
}
const FIRM_PERSON_NOUNS = new Set(['maker', 'builder', 'owner', 'operator', 'producer', 'provider', 'lender', 'supplier', 'manufacturer', 'retailer', 'distributor', 'publisher', 'developer', 'user', 'guard', 'contractor',
  // (and person nouns that end words for things: "loudspeaker", "typewriter", "stagecoach", "multiplayer", "straightforward", "inaccurate")
  'speaker', 'writer', 'coach', 'player', 'forward', 'curate']);
/** Plural people: GROUP_NOUNS or the plural of a person noun (shopkeepers, pensioners). */
export function isGroupNoun(lower: string): boolean {
  if (GROUP_NOUNS.has(lower)) return true;
  if (lower.endsWith('men') || lower.endsWith('women')) return isPersonNoun(lower.replace(/men$/, 'man'));
  return lower.endsWith('s') && !lower.endsWith('ss') && isPersonNoun(lower.slice(0, -1));
}

export const PLACE_HEADS = new Set(
  (
    'region province state county city district island islands river sea ocean ' + 'mountains valley peninsula street avenue square bridge station park junction crossing interchange roundabout road terrace crescent'
  ).split(/\s+/),
);

export const PRONOUNS_M = new Set(['he', 'him', 'his', 'himself']);
export const PRONOUNS_F = new Set(['she', 'her', 'hers', 'herself']);

export const AUX_ADVERBS = new Set(
  (
    'has have had was is were be been also later then had once again never ever first last previously recently ' +
    'repeatedly often frequently always sometimes publicly privately openly flatly bluntly simply just already even ' +
    'still further further then, too subsequently initially eventually finally immediately quickly reportedly ' +
    "allegedly apparently reportedly will would could should might may can did does do not n't has's"
  ).split(/\s+/),
);

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'another']);

export const MEDIA_CONTEXT = new Set(
  (
    'show program programme series episode book books novel memoir biography film films movie ' +
    'movies documentary song songs album play musical article articles column op-ed editorial essay headline headlined titled ' +
    'entitled dubbed nicknamed so-called called-for magazine newspaper podcast segment broadcast anthem hymn poem slogan ' +
    'hashtag campaign tagline motto brand label banner sign signs poster posters'
  ).split(/\s+/),
);
/** Words before a quote that mark it as a name, not speech. */
export const NAMING_CUES = new Set([
  'titled',
  'entitled',
  'headlined',
  'nicknamed',
  'so-called',
  'dubbed',
  'term',
  'phrase',
  'word',
  'words',
  'slogan',
  'hashtag',
  'motto',
  'tagline',
  'known',
  'named',
  'label',
  'moniker',
  'nickname',
  'banner',
  'sign',
  'signs',
  'read',
  'reading',
]);

export const INTRO_WORDS = new Set([
  'in',
  // (a place the sentence opens with: "Outside Tamaki General Hospital, strikers waved placards")
  'outside',
  'inside',
  // (or a place the story does not name: "Somewhere, a child began to cry.")
  'somewhere',
  'elsewhere',
  'on',
  'at',
  'during',
  'after',
  'before',
  'since',
  'while',
  'when',
  'as',
  'for',
  'with',
  'speaking',
  'asked',
  'writing',
  'addressing',
  'appearing',
  'responding',
  'asked',
  'like',
  'unlike',
  'despite',
  'although',
  'though',
  'if',
  'because',
  'once',
  'until',
  'later',
  'earlier',
  'last',
  'on',
  'from',
  'by',
  'to',
  'yet',
  'still',
  'but',
  'and',
  'so',
  'then',
  'meanwhile',
  'instead',
  'indeed',
  'however',
  'now',
  'here',
  'there',
  'today',
  'yesterday',
  'growing',
  'following',
  'according',
]);

/** Words for a place that is run as an organisation, or a studio or a label ("The video game
 * studio Ironclad Interactive said ... / "...," the studio said"): no firm the engine mistook for a
 * person is what they mean. */
export const VENUE_ANAPHORS = new Set('studio label platform brand venue festival theatre theater museum gallery restaurant hotel orchestra choir band ensemble party'.split(' '));
/** what a story calls an organisation it has named ("the company said") */
export const ORG_ANAPHORS = new Set([
  ...'company firm group carrier airline bank lender insurer retailer supermarket chain utility operator manufacturer maker chipmaker carmaker automaker brewer publisher broadcaster developer club business startup conglomerate charity paper newspaper airport'.split(' '),
  ...VENUE_ANAPHORS,
]);

/** Words for a relative, with the relative's gender where the word gives it ("her sister says"). */
export const KIN: Record<string, 'm' | 'f' | null> = {
  mother: 'f', mum: 'f', mom: 'f', mam: 'f', father: 'm', dad: 'm', sister: 'f', brother: 'm', daughter: 'f', son: 'm',
  wife: 'f', husband: 'm', grandmother: 'f', grandfather: 'm', nan: 'f', gran: 'f', granny: 'f', grandma: 'f', grandpa: 'm',
  granddaughter: 'f', grandson: 'm', aunt: 'f', uncle: 'm', niece: 'f', nephew: 'm', cousin: null, partner: null, twin: null,
  widow: 'f', widower: 'm', fiancee: 'f', fiancée: 'f', fiance: 'm', fiancé: 'm', stepmother: 'f', stepfather: 'm',
  sibling: null, parent: null, child: null,
};
