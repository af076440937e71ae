// Scores the attribution engine on the team's own evaluation set (tests/attribution/own-set/),
// passages written here in styles the dev set lacks, with the dev set's definitions
// (dev-metrics.ts), in twelve parts: the first (passages.ts), whose failures were fixed; a fresh
// part (fresh.ts) written after those fixes, measured, then tuned on in round 2; fresh 2
// (fresh2.ts), written before round 2's rules, measured only then, tuned on in round 3 (its
// mistakes shown with --fresh2); and fresh 3 (fresh3.ts), written before round 3's rules and only
// measured (its mistakes are not looked at while tuning: --verbose and --by-tag leave it out unless
// --fresh3 is given; tuned on from round 4); and fresh 4 (fresh4.ts), written before round 4's
// rules, measured only in round 4 and tuned on from round 5 (its mistakes shown with --fresh4);
// and fresh 5 (fresh5.ts), written before round 5's rules and only measured (its mistakes shown
// only with --fresh5, tuned on from round 6); and fresh 6 (fresh6.ts), written before round 6's
// rules and only measured (its mistakes shown only with --fresh6); and fresh 7 (fresh7.ts), written
// before round 7's rules and only measured (its mistakes shown only with --fresh7); and fresh 8 (fresh8.ts),
// written before round 8's rules and only measured (its mistakes shown only with --fresh8, tuned on from round 9); and
// fresh 9 (fresh9.ts), written before round 9's rules and only measured (its mistakes shown only with --fresh9); and fresh 10
// (fresh10.ts), written by a second engineer during round 9 without reading its rules or fresh 9, only measured (--fresh10), both tuned on
// from round 10; and fresh 11 (fresh11.ts), written before round 10's rules and only measured (its mistakes shown only with --fresh11);
// and fresh 12 (fresh12.ts), the second engineer's part written during round 10 without reading its rules or fresh 11, only
// measured (--fresh12), both tuned on in round 11; and fresh 13 and fresh 14 (fresh13.ts, fresh14.ts), written blind by two
// more second authors during round 11 (wire and national copy; British, Irish and Australian regional news), only measured
// through round 11 (--fresh13, --fresh14), tuned on in round 12; and fresh 15 and fresh 16, written blind during round 12 (US
// metro and local copy; English-language news from Canada, Ireland, India, Africa, Australasia and Asia): fresh 15 looked at
// after round 12's first half, fresh 16 held out through round 12 and tuned on in round 13 (--fresh15, --fresh16); and fresh 17 and fresh 18, written blind during
// round 13 (business, technology and science news; politics and long features), held out through it and tuned on in round 14
// (--fresh17, --fresh18); and fresh 19 and fresh 20, written blind during round 14 (crime, courts and public safety; sport),
// fresh 19 held out through round 14 and tuned on in round 15, fresh 20 held out through round 15 and tuned on in round 16 (--fresh19,
// --fresh20); and fresh 21 and fresh 22, written blind during round 16 (health, education, environment, emergencies and public
// services; arts, culture, media, travel, human interest and community news), fresh 21 tuned on in round 17, fresh 22 held out
// through it (its figures printed while round 17 was tuned, a check like the dev set's validation part) and tuned on in round 18
// (--fresh21, --fresh22); and fresh 23
// and fresh 24, written blind during round 17 (world news and diplomacy; state and local politics and the economy), fresh 23
// tuned on in round 19, fresh 24 held out (--fresh23, --fresh24); and fresh 25 and fresh 26, written blind during round 19
// (features and profiles; breaking news, business and science copy), held out (--fresh25, --fresh26); and fresh 27 and fresh 28, written blind during the seventeenth session (investigations, documents and anonymous sources; everyday regional news), held out then; fresh 24 to 28 tuned on in round 21 (the eighteenth session); and fresh 29, 30 and 31, written blind during round 21 (business and money; national politics and the courts; local and community news), and fresh 32 and 33, written blind after it (crime, courts and emergencies; science, health and environment), held out then and tuned on in round 22 (the nineteenth session); and fresh 34 to 38, written blind during round 22 (sport; world news and diplomacy; arts, culture and obituaries; technology, media and consumer news; transport, education, weather and rural news), held out then and tuned on in round 23 (the twentieth session); and fresh 39 to 43, written blind at the start of round 23 (politics and elections; crime, courts and policing; business, markets and labour; health, science and environment; long features and human interest), held out then and tuned on in round 24 (the twenty-first session); and fresh 44 to 48, written blind at the start of round 24 (English-language news around the world; sport; local news and public meetings; world news in wire style; arts, entertainment, technology and media), held out (--fresh44 ... --fresh48), measured once at round 24's end; and fresh 49 to 53, written blind at the end of the twenty-first session for round 25 (obituaries and tributes; business and finance wire copy; the campaign trail; disasters, weather and emergencies; education, religion and community life), held out (--fresh49 ... --fresh53), measured once at round 25's end and tuned on from round 26; and fresh 54 to 58, written blind at the start of round 25 (long interviews and profiles; parliaments, councils and hearings; crime, policing and trials; science, climate and the environment; labour, strikes, protests and consumers), held out for round 26 (--fresh54 ... --fresh58; their totals, never their mistakes, were printed once at round 25's end, the engine round 26 starts from), measured once at round 26's end (the twenty-third session) and tuned on from round 27; and fresh 59 to 63, written blind at the start of the twenty-third session (local government, housing and transport; health and medicine; war, conflict and diplomacy; sport; technology, media and business), held out for round 27 (--fresh59 ... --fresh63), measured once at its end (the twenty-fourth session) and tuned on from round 28; and fresh 64 to 68, written blind at the start of the twenty-fourth session (elections and party politics; weather, disasters and emergencies; education and young people; arts, culture and features; the economy, markets, energy and farming), held out for round 28 (--fresh64 ... --fresh68), measured once at its end (the twenty-fifth session) and tuned on from round 29; and fresh 69 to 73, written blind during the twenty-fifth session (crime, courts and policing; science, health, environment and climate; world news and diplomacy in wire style; sport; business, technology, labour and consumers), held out for round 29 (--fresh69 ... --fresh73), measured once at its end (the twenty-sixth session) and tuned on from round 30; and fresh 74 to 78, written blind during the twenty-sixth session (crime, courts, inquests and policing; politics and government around the world; features, profiles and obituaries; sport and entertainment; science, health, environment, business and consumers), held out for round 30 (--fresh74 ... --fresh78), measured once at its end (the twenty-seventh session) and tuned on from round 31; and fresh 79 to 83, written blind during the twenty-seventh session (local government, housing, planning and transport; health, medicine, science and the environment; business, markets, labour and technology; world news, conflict, diplomacy and elections in wire style; human interest, features, arts, obituaries and sport), held out for round 31 (--fresh79 ... --fresh83), measured once at its end (the twenty-eighth session) and tuned on from round 32; and fresh 84 to 88, written blind during the twenty-eighth session (crime, courts, policing and justice; politics and parliament; education, religion, community life and consumer news; sport; science, technology, media and culture), held out for round 32 (--fresh84 ... --fresh88), measured once at its end (the same session) and tuned on from round 33; and fresh 89 to 93, written blind at the end of the twenty-eighth session (local news and public services; business and finance in wire style; world news and diplomacy; features, interviews and profiles; courts, investigations and accountability journalism), held out for round 33 (--fresh89 ... --fresh93), measured once at its end (the twenty-ninth session) and tuned on from round 34; and fresh 94 to 98, written blind at the start of the twenty-ninth session (health, hospitals and medicine; environment, climate, disasters and emergencies; arts and culture; labour, transport and infrastructure; elections and campaigns), held out for round 34 (--fresh94 ... --fresh98), measured once at its end (the same session) and tuned on from round 35; and fresh 99 to 103, written blind at the end of the twenty-ninth session (crime, policing and the courts in brief; science, technology and space; international politics in wire style; features, human interest, profiles and obituaries; business, markets and consumers), held out for round 35 (--fresh99 ... --fresh103), measured once at its end (the thirtieth session) and tuned on from round 36; and fresh 104 to 108, written blind at the start of the thirtieth session (sport; local government, schools and community life; parliaments, hearings and inquiries; English-language news from around the world; broadcast, radio, podcasts and media), held out for round 36 (--fresh104 ... --fresh108), measured once at its end (the same session) and tuned on from round 37; and fresh 109 to 113, written blind during the thirtieth session (war, refugees and humanitarian news; courts and long trials; magazine profiles and long interviews; technology, media and the internet; everyday local news briefs), held out for round 37 (--fresh109 ... --fresh113), measured once at its end (the same session) and tuned on from round 38; and fresh 114 to 118, written blind at the end of the thirtieth session (health, science and the environment; politics and government; crime, police and emergencies; arts, entertainment and sport features; business, work and money), held out for round 38 (--fresh114 ... --fresh118), measured once at its end (the same session) and tuned on from round 39; and fresh 119 to 123, written blind at the end of the thirtieth session from tests/attribution/blind-part-prompt.md (sport and the outdoors; courts, inquests and tribunals; world news in wire style; features and obituaries; local government, housing and transport), held out for round 39 (--fresh119 ... --fresh123), measured once at its end (the thirty-first session) and tuned on from round 40; and fresh 124 to 128, written blind at the start of the thirty-first session from the same prompt (education, schools and universities; technology, media and the press; weather, disasters and emergencies; communities, faith and human interest; farming, energy and climate policy), held out for round 40 (--fresh124 ... --fresh128), measured once at its end (the thirty-second session) and tuned on from round 41; and fresh 129 to 133, written blind at the start of the thirty-second session from the same prompt (crime, policing and the courts; health, hospitals, medicine and science; national politics, parliament and elections; sport; business, markets, labour and consumers), held out for round 41 (--fresh129 ... --fresh133), measured once at its end (the thirty-third session) and tuned on from round 42; and fresh 134 to 138, written blind at the start of the thirty-third session from the same prompt (world news and diplomacy in wire style; local government, housing and transport; arts, culture and obituaries; science, environment, climate and space; features, interviews and human interest), held out for round 42 (--fresh134 ... --fresh138), measured once at its end (the thirty-fourth session) and tuned on from round 43; and fresh 139 to 143, written blind at the start of the thirty-fourth session from the same prompt (crime, courts and inquests; health, hospitals and medical research; politics, elections and parliament; business, work and consumers; sport), held out for round 43 (--fresh139 ... --fresh143), measured once at its end (the same session) and tuned on from round 44; and fresh 144 to 148, written blind during the thirty-fourth session from the same prompt (world news in wire style; local government and community news; arts, culture and obituaries; science, technology and the environment; features, profiles and interviews), held out for round 44 (--fresh144 ... --fresh148), measured once at its end (the thirty-fifth session) and tuned on from round 45; and fresh 149 to 153, written blind at the start of the thirty-fifth session from the same prompt (crime, policing and the courts; politics, parliament and elections; business, markets, work and consumers; sport; health, education and human interest), held out for round 45 (--fresh149 ... --fresh153), measured once at its end (the same session) and tuned on from round 46; and fresh 154 to 158, written blind at the end of the thirty-fifth session from the same prompt (world news and diplomacy in wire style; local government, transport and housing; arts, culture, media and obituaries; science, health, environment and technology; features, profiles, interviews and human interest), held out for round 46 (--fresh154 ... --fresh158), measured once at its end (the thirty-sixth session) and tuned on from round 47; and fresh 159 to 163, written blind at the start of the thirty-sixth session from the same prompt (crime, policing and the courts; politics, parliament and elections; business, markets, work and consumers; sport; health, education and human interest), held out for round 47 (--fresh159 ... --fresh163), measured once at its end (the same session) and tuned on from round 48; and fresh 164 to 168, written blind at the end of round 47 from the same prompt (world news and diplomacy in wire style; local government, housing, planning and transport; arts, culture, media and obituaries; science, health, environment and technology; features, profiles, interviews and human interest), held out for round 48 (--fresh164 ... --fresh168), measured once at its end (the same session) and tuned on from round 49; and fresh 169 to 173, written blind at the end of round 48 from the same prompt (crime, courts and inquests; politics and elections; business, work and consumers; sport; education, health and community life), held out for round 49 (--fresh169 ... --fresh173), measured once at its end (the thirty-seventh session) and tuned on from round 50; and fresh 174 to 178, written blind at the end of round 49 from the same prompt (world news, conflict and humanitarian crises; local news, councils, transport and weather; arts, books, music, film and obituaries; science, technology, environment and medicine; features, interviews, Q and A and first-person essays), held out for round 50 (--fresh174 ... --fresh178), measured once at its end (the thirty-eighth session) and tuned on from round 51; and fresh 179 to 183, written blind at the end of round 50 from the same prompt (crime, policing and the courts; politics, parliament and elections; business, markets, work and consumers; sport; health, education and human interest), held out for round 51 (--fresh179 ... --fresh183), measured once at its end (the same session) and tuned on from round 52; and fresh 184 to 188, written blind during round 51 from the same prompt (world news and diplomacy; local government, housing and transport; arts, culture, media and obituaries; science, technology, environment and medicine; features, profiles and interviews), held out for round 52 (--fresh184 ... --fresh188), measured once at its end (the thirty-ninth session) and tuned on from round 53; and fresh 189 to 193, written blind during round 52 (the thirty-ninth session) from the same prompt (courts, crime and justice; politics and public affairs; business, money and work; sport at every level; health, education and community life), held out for round 53 (--fresh189 ... --fresh193), measured once at its end (the same session) and tuned on from round 54; and fresh 194 to 198, written blind during round 53 (the same session) from the same prompt (world news, diplomacy and conflict; local news; arts, culture, media and obituaries; science, technology, environment and health research; features, profiles and interviews), held out for round 54 (--fresh194 ... --fresh198), measured once at its end (the fortieth session) and tuned on from round 55; and fresh 199 to 203, written blind during round 54 (the fortieth session) from the same prompt (crime, policing, courts, inquests and tribunals; politics, parliaments, councils and elections; business, markets, work and consumers; sport at every level; health, education and community life), held out for round 55 (--fresh199 ... --fresh203), measured once at its end (the forty-first session) and tuned on from round 56; and fresh 204 to 208, written blind during round 55 (the forty-first session) from the same prompt (world news, diplomacy, conflict and humanitarian crises; local news, councils, housing, transport and community life; arts, culture, media and obituaries; science, technology, environment and health research; features, profiles, interviews and human interest), held out for round 56 (--fresh204 ... --fresh208), measured once at its end (the forty-second session) and tuned on from round 57; and fresh 209 to 213, written blind during round 56 (the forty-second session) from the same prompt (crime, policing, courts, inquests and tribunals; politics, parliaments, councils and elections; business, markets, work, unions and consumers; sport at every level; health, hospitals, schools, universities, faith and community life), held out for round 57 (--fresh209 ... --fresh213), measured once at its end (the forty-third session) and tuned on from round 58; and fresh 214 to 218, written blind during round 57 (the forty-third session) from the same prompt (crime, policing, courts, inquests and tribunals; politics, parliaments, councils and elections; business, markets, work, unions and consumers; sport at every level; health, hospitals, schools, universities, faith and community life), held out for round 58 (--fresh214 ... --fresh218), measured once at its end (the forty-fourth session) and tuned on from round 59; and fresh 219 to 223, written blind during round 58 (the forty-fourth session) from the same prompt (world news, diplomacy, conflict and humanitarian crises; local news, councils, housing, transport and community life; arts, culture, media and obituaries; science, technology, environment and health research; features, profiles, interviews and human interest), held out for round 59 (--fresh219 ... --fresh223), measured once at its end (the forty-fifth session) and tuned on from round 60; and fresh 224 to 228, written blind during round 59 (the forty-fifth session) from the same prompt (crime, policing, courts, inquests and tribunals; politics, parliaments, councils and elections; business, markets, work, unions and consumers; sport at every level; health, hospitals, schools, universities, faith and community life), held out for round 60 (--fresh224 ... --fresh228), measured once at its end (the forty-sixth session) and tuned on from round 61; and fresh 229 to 233, written blind during round 60 (the forty-sixth session) from the same prompt (world news, diplomacy, conflict and humanitarian crises; local news, councils, housing, transport and community life; arts, culture, media and obituaries; science, technology, environment and health research; features, profiles, interviews and human interest), held out for round 61 (--fresh229 ... --fresh233), measured once at its end (the forty-seventh session) and tuned on from round 62; and fresh 234 to 238, written blind during round 61 (the forty-seventh session) from the same prompt (crime, policing, courts, inquests and tribunals; politics, parliaments, councils and elections; business, markets, work, unions and consumers; sport at every level; health, hospitals, schools, universities, faith and community life), held out for round 62 (--fresh234 ... --fresh238), measured once at its end (the forty-eighth session) and tuned on from round 63; and fresh 239 to 243, written blind during round 62 (the forty-eighth session) from the same prompt (world news, diplomacy, conflict and humanitarian crises; local news, councils, housing, transport and community life; arts, culture, media and obituaries; science, technology, environment and health research; features, profiles, interviews and human interest), held out for round 63 (--fresh239 ... --fresh243), measured once at its end (the forty-ninth session) and tuned on from round 64; and fresh 244 to 248, written blind during round 63 (the forty-ninth session) from the same prompt (crime, policing, courts, inquests and tribunals; politics, parliaments, councils and elections; business, markets, work, unions and consumers; sport at every level; health, hospitals, schools, universities, faith and community life), held out for round 64 (--fresh244 ... --fresh248), measured once at its end (the fiftieth session) and tuned on from round 65; and fresh 249 to 253, written blind during round 64 (the fiftieth session) from the same prompt (world news, diplomacy, conflict and humanitarian crises; local news, councils, housing, transport and community life; arts, culture, media and obituaries; science, technology, environment and health research; features, profiles, interviews and human interest), held out for round 65 (--fresh249 ... --fresh253), measured once at its end (the fifty-first session) and tuned on from round 66; and fresh 254 to 258, written blind during round 65 (the fifty-first session) from the same prompt (crime, policing, courts, inquests and tribunals; politics, parliaments, councils and elections; business, markets, work, unions and consumers; sport at every level; health, hospitals, schools, universities, faith and community life), held out for round 66 (--fresh254 ... --fresh258), measured once at its end (the fifty-second session) and tuned on from round 67; and fresh 259 to 263, written blind during round 66 (the fifty-second session) from the same prompt (world news, diplomacy, conflict and humanitarian crises; local news, councils, housing, transport and community life; arts, culture, media and obituaries; science, technology, environment and health research; features, profiles, interviews and human interest), held out for round 67 (--fresh259 ... --fresh263): two hundred and sixty-four parts in all. Written by the team, so not
// truly unseen; the dev set's validation part stays the check against overfitting.
//
//   npx tsx tests/attribution/score-own.ts                   the figures
//   npx tsx tests/attribution/score-own.ts --verbose         ... and every mistake
//   npx tsx tests/attribution/score-own.ts --by-tag          ... and speaker accuracy by passage tag
//   npx tsx tests/attribution/score-own.ts --count-uncertain count an uncertain quote's suggested speaker as named
//   npx tsx tests/attribution/score-own.ts --verbose --fresh2  ... and fresh 2's mistakes too (tuned on from round 3)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh3  ... and fresh 3's mistakes too (tuned on from round 4)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh4  ... and fresh 4's mistakes too (tuned on from round 5)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh5  ... and fresh 5's mistakes too (tuned on from round 6)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh6  ... and fresh 6's mistakes too (tuned on from round 7)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh7  ... and fresh 7's mistakes too (tuned on from round 8)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh8  ... and fresh 8's mistakes too (tuned on from round 9)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh9  ... and fresh 9's mistakes too (tuned on from round 10)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh10 ... and fresh 10's mistakes too (a second author's part, tuned on from round 10)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh11 ... and fresh 11's mistakes too (tuned on from round 11)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh12 ... and fresh 12's mistakes too (a second author's part, tuned on from round 11)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh13 ... and fresh 13's mistakes too (a second author's part, held out through round 11, tuned on from round 12)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh14 ... and fresh 14's mistakes too (a second author's part, held out through round 11, tuned on from round 12)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh15 ... and fresh 15's mistakes too (a second author's part, held out through round 12's first half)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh16 ... and fresh 16's mistakes too (a second author's part, held out through round 12, tuned on in round 13)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh17 ... and fresh 17's mistakes too (a second author's part, held out through round 13, tuned on in round 14)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh18 ... and fresh 18's mistakes too (a second author's part, held out through round 13, tuned on in round 14)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh19 ... and fresh 19's mistakes too (a second author's part, held out through round 14, tuned on in round 15)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh20 ... and fresh 20's mistakes too (a second author's part, held out through round 15, tuned on in round 16)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh21 ... and fresh 21's mistakes too (a second author's part, held out through round 16, tuned on in round 17)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh22 ... and fresh 22's mistakes too (a second author's part, held out through round 17, tuned on in round 18)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh23 ... and fresh 23's mistakes too (a second author's part, held out through round 18, tuned on in round 19)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh24 ... and fresh 24's mistakes too (fresh 25 to 28 likewise: second authors' parts, tuned on in round 21)
//   npx tsx tests/attribution/score-own.ts --verbose --fresh29 ... and fresh 29's mistakes too (fresh 30 to 43 likewise: second authors' parts; 39 to 43 held out)
import { type Metrics, type Mistake, score } from './dev-metrics';
import { type OwnSetPart, ownSetAll, ownSetParts } from './own-set';
import { predictAll } from './predictions';

const flags = new Set(process.argv.slice(2));
const all = ownSetAll;
const preds = predictAll(all, flags.has('--count-uncertain'));
const mistakes: Mistake[] = [];
/** Each part as printed; a part with a flag has its mistakes shown (and its tags counted) only when
 * the flag is given, so a held-out part is not tuned on. */
const parts: { label: string; key: OwnSetPart; flag?: string }[] = [
  { label: 'first part (tuned on)', key: 'first' },
  { label: 'fresh part', key: 'fresh' },
  ...([2, 3, 4, 5, 6, 7, 8, 9] as const).map((n) => ({ label: `fresh ${n}`, key: `fresh${n}` as const, flag: `--fresh${n}` })),
  { label: 'fresh 10 (2nd author)', key: 'fresh10', flag: '--fresh10' },
  { label: 'fresh 11', key: 'fresh11', flag: '--fresh11' },
  { label: 'fresh 12 (2nd author)', key: 'fresh12', flag: '--fresh12' },
  { label: 'fresh 13 (2nd author)', key: 'fresh13', flag: '--fresh13' },
  { label: 'fresh 14 (2nd author)', key: 'fresh14', flag: '--fresh14' },
  { label: 'fresh 15 (2nd author)', key: 'fresh15', flag: '--fresh15' },
  { label: 'fresh 16 (2nd author)', key: 'fresh16', flag: '--fresh16' },
  { label: 'fresh 17 (2nd author)', key: 'fresh17', flag: '--fresh17' },
  { label: 'fresh 18 (2nd author)', key: 'fresh18', flag: '--fresh18' },
  { label: 'fresh 19 (2nd author)', key: 'fresh19', flag: '--fresh19' },
  { label: 'fresh 20 (2nd author)', key: 'fresh20', flag: '--fresh20' },
  { label: 'fresh 21 (2nd author)', key: 'fresh21', flag: '--fresh21' },
  { label: 'fresh 22 (2nd author)', key: 'fresh22', flag: '--fresh22' },
  { label: 'fresh 23 (2nd author)', key: 'fresh23', flag: '--fresh23' },
  { label: 'fresh 24 (2nd author)', key: 'fresh24', flag: '--fresh24' },
  { label: 'fresh 25 (2nd author)', key: 'fresh25', flag: '--fresh25' },
  { label: 'fresh 26 (2nd author)', key: 'fresh26', flag: '--fresh26' },
  { label: 'fresh 27 (2nd author)', key: 'fresh27', flag: '--fresh27' },
  { label: 'fresh 28 (2nd author)', key: 'fresh28', flag: '--fresh28' },
  { label: 'fresh 29 (2nd, tuned r22)', key: 'fresh29', flag: '--fresh29' },
  { label: 'fresh 30 (2nd, tuned r22)', key: 'fresh30', flag: '--fresh30' },
  { label: 'fresh 31 (2nd, tuned r22)', key: 'fresh31', flag: '--fresh31' },
  { label: 'fresh 32 (2nd, tuned r22)', key: 'fresh32', flag: '--fresh32' },
  { label: 'fresh 33 (2nd, tuned r22)', key: 'fresh33', flag: '--fresh33' },
  { label: 'fresh 34 (2nd, tuned r23)', key: 'fresh34', flag: '--fresh34' },
  { label: 'fresh 35 (2nd, tuned r23)', key: 'fresh35', flag: '--fresh35' },
  { label: 'fresh 36 (2nd, tuned r23)', key: 'fresh36', flag: '--fresh36' },
  { label: 'fresh 37 (2nd, tuned r23)', key: 'fresh37', flag: '--fresh37' },
  { label: 'fresh 38 (2nd, tuned r23)', key: 'fresh38', flag: '--fresh38' },
  { label: 'fresh 39 (2nd, tuned r24)', key: 'fresh39', flag: '--fresh39' },
  { label: 'fresh 40 (2nd, tuned r24)', key: 'fresh40', flag: '--fresh40' },
  { label: 'fresh 41 (2nd, tuned r24)', key: 'fresh41', flag: '--fresh41' },
  { label: 'fresh 42 (2nd, tuned r24)', key: 'fresh42', flag: '--fresh42' },
  { label: 'fresh 43 (2nd, tuned r24)', key: 'fresh43', flag: '--fresh43' },
  { label: 'fresh 44 (2nd, tuned r25)', key: 'fresh44', flag: '--fresh44' },
  { label: 'fresh 45 (2nd, tuned r25)', key: 'fresh45', flag: '--fresh45' },
  { label: 'fresh 46 (2nd, tuned r25)', key: 'fresh46', flag: '--fresh46' },
  { label: 'fresh 47 (2nd, tuned r25)', key: 'fresh47', flag: '--fresh47' },
  { label: 'fresh 48 (2nd, tuned r25)', key: 'fresh48', flag: '--fresh48' },
  { label: 'fresh 49 (2nd, tuned r26)', key: 'fresh49', flag: '--fresh49' },
  { label: 'fresh 50 (2nd, tuned r26)', key: 'fresh50', flag: '--fresh50' },
  { label: 'fresh 51 (2nd, tuned r26)', key: 'fresh51', flag: '--fresh51' },
  { label: 'fresh 52 (2nd, tuned r26)', key: 'fresh52', flag: '--fresh52' },
  { label: 'fresh 53 (2nd, tuned r26)', key: 'fresh53', flag: '--fresh53' },
  { label: 'fresh 54 (2nd, tuned r27)', key: 'fresh54', flag: '--fresh54' },
  { label: 'fresh 55 (2nd, tuned r27)', key: 'fresh55', flag: '--fresh55' },
  { label: 'fresh 56 (2nd, tuned r27)', key: 'fresh56', flag: '--fresh56' },
  { label: 'fresh 57 (2nd, tuned r27)', key: 'fresh57', flag: '--fresh57' },
  { label: 'fresh 58 (2nd, tuned r27)', key: 'fresh58', flag: '--fresh58' },
  { label: 'fresh 59 (2nd, tuned r28)', key: 'fresh59', flag: '--fresh59' },
  { label: 'fresh 60 (2nd, tuned r28)', key: 'fresh60', flag: '--fresh60' },
  { label: 'fresh 61 (2nd, tuned r28)', key: 'fresh61', flag: '--fresh61' },
  { label: 'fresh 62 (2nd, tuned r28)', key: 'fresh62', flag: '--fresh62' },
  { label: 'fresh 63 (2nd, tuned r28)', key: 'fresh63', flag: '--fresh63' },
  { label: 'fresh 64 (2nd, tuned r29)', key: 'fresh64', flag: '--fresh64' },
  { label: 'fresh 65 (2nd, tuned r29)', key: 'fresh65', flag: '--fresh65' },
  { label: 'fresh 66 (2nd, tuned r29)', key: 'fresh66', flag: '--fresh66' },
  { label: 'fresh 67 (2nd, tuned r29)', key: 'fresh67', flag: '--fresh67' },
  { label: 'fresh 68 (2nd, tuned r29)', key: 'fresh68', flag: '--fresh68' },
  { label: 'fresh 69 (2nd, tuned r30)', key: 'fresh69', flag: '--fresh69' },
  { label: 'fresh 70 (2nd, tuned r30)', key: 'fresh70', flag: '--fresh70' },
  { label: 'fresh 71 (2nd, tuned r30)', key: 'fresh71', flag: '--fresh71' },
  { label: 'fresh 72 (2nd, tuned r30)', key: 'fresh72', flag: '--fresh72' },
  { label: 'fresh 73 (2nd, tuned r30)', key: 'fresh73', flag: '--fresh73' },
  { label: 'fresh 74 (2nd, tuned r31)', key: 'fresh74', flag: '--fresh74' },
  { label: 'fresh 75 (2nd, tuned r31)', key: 'fresh75', flag: '--fresh75' },
  { label: 'fresh 76 (2nd, tuned r31)', key: 'fresh76', flag: '--fresh76' },
  { label: 'fresh 77 (2nd, tuned r31)', key: 'fresh77', flag: '--fresh77' },
  { label: 'fresh 78 (2nd, tuned r31)', key: 'fresh78', flag: '--fresh78' },
  { label: 'fresh 79 (2nd, tuned r32)', key: 'fresh79', flag: '--fresh79' },
  { label: 'fresh 80 (2nd, tuned r32)', key: 'fresh80', flag: '--fresh80' },
  { label: 'fresh 81 (2nd, tuned r32)', key: 'fresh81', flag: '--fresh81' },
  { label: 'fresh 82 (2nd, tuned r32)', key: 'fresh82', flag: '--fresh82' },
  { label: 'fresh 83 (2nd, tuned r32)', key: 'fresh83', flag: '--fresh83' },
  { label: 'fresh 84 (2nd, tuned r33)', key: 'fresh84', flag: '--fresh84' },
  { label: 'fresh 85 (2nd, tuned r33)', key: 'fresh85', flag: '--fresh85' },
  { label: 'fresh 86 (2nd, tuned r33)', key: 'fresh86', flag: '--fresh86' },
  { label: 'fresh 87 (2nd, tuned r33)', key: 'fresh87', flag: '--fresh87' },
  { label: 'fresh 88 (2nd, tuned r33)', key: 'fresh88', flag: '--fresh88' },
  { label: 'fresh 89 (2nd, tuned r34)', key: 'fresh89', flag: '--fresh89' },
  { label: 'fresh 90 (2nd, tuned r34)', key: 'fresh90', flag: '--fresh90' },
  { label: 'fresh 91 (2nd, tuned r34)', key: 'fresh91', flag: '--fresh91' },
  { label: 'fresh 92 (2nd, tuned r34)', key: 'fresh92', flag: '--fresh92' },
  { label: 'fresh 93 (2nd, tuned r34)', key: 'fresh93', flag: '--fresh93' },
  { label: 'fresh 94 (2nd, tuned r35)', key: 'fresh94', flag: '--fresh94' },
  { label: 'fresh 95 (2nd, tuned r35)', key: 'fresh95', flag: '--fresh95' },
  { label: 'fresh 96 (2nd, tuned r35)', key: 'fresh96', flag: '--fresh96' },
  { label: 'fresh 97 (2nd, tuned r35)', key: 'fresh97', flag: '--fresh97' },
  { label: 'fresh 98 (2nd, tuned r35)', key: 'fresh98', flag: '--fresh98' },
  { label: 'fresh 99 (2nd, tuned r36)', key: 'fresh99', flag: '--fresh99' },
  { label: 'fresh 100 (2nd, tuned r36)', key: 'fresh100', flag: '--fresh100' },
  { label: 'fresh 101 (2nd, tuned r36)', key: 'fresh101', flag: '--fresh101' },
  { label: 'fresh 102 (2nd, tuned r36)', key: 'fresh102', flag: '--fresh102' },
  { label: 'fresh 103 (2nd, tuned r36)', key: 'fresh103', flag: '--fresh103' },
  { label: 'fresh 104 (2nd, tuned r37)', key: 'fresh104', flag: '--fresh104' },
  { label: 'fresh 105 (2nd, tuned r37)', key: 'fresh105', flag: '--fresh105' },
  { label: 'fresh 106 (2nd, tuned r37)', key: 'fresh106', flag: '--fresh106' },
  { label: 'fresh 107 (2nd, tuned r37)', key: 'fresh107', flag: '--fresh107' },
  { label: 'fresh 108 (2nd, tuned r37)', key: 'fresh108', flag: '--fresh108' },
  { label: 'fresh 109 (2nd, tuned r38)', key: 'fresh109', flag: '--fresh109' },
  { label: 'fresh 110 (2nd, tuned r38)', key: 'fresh110', flag: '--fresh110' },
  { label: 'fresh 111 (2nd, tuned r38)', key: 'fresh111', flag: '--fresh111' },
  { label: 'fresh 112 (2nd, tuned r38)', key: 'fresh112', flag: '--fresh112' },
  { label: 'fresh 113 (2nd, tuned r38)', key: 'fresh113', flag: '--fresh113' },
  { label: 'fresh 114 (2nd, tuned r39)', key: 'fresh114', flag: '--fresh114' },
  { label: 'fresh 115 (2nd, tuned r39)', key: 'fresh115', flag: '--fresh115' },
  { label: 'fresh 116 (2nd, tuned r39)', key: 'fresh116', flag: '--fresh116' },
  { label: 'fresh 117 (2nd, tuned r39)', key: 'fresh117', flag: '--fresh117' },
  { label: 'fresh 118 (2nd, tuned r39)', key: 'fresh118', flag: '--fresh118' },
  { label: 'fresh 119 (2nd, tuned r40)', key: 'fresh119', flag: '--fresh119' },
  { label: 'fresh 120 (2nd, tuned r40)', key: 'fresh120', flag: '--fresh120' },
  { label: 'fresh 121 (2nd, tuned r40)', key: 'fresh121', flag: '--fresh121' },
  { label: 'fresh 122 (2nd, tuned r40)', key: 'fresh122', flag: '--fresh122' },
  { label: 'fresh 123 (2nd, tuned r40)', key: 'fresh123', flag: '--fresh123' },
  { label: 'fresh 124 (2nd, tuned r41)', key: 'fresh124', flag: '--fresh124' },
  { label: 'fresh 125 (2nd, tuned r41)', key: 'fresh125', flag: '--fresh125' },
  { label: 'fresh 126 (2nd, tuned r41)', key: 'fresh126', flag: '--fresh126' },
  { label: 'fresh 127 (2nd, tuned r41)', key: 'fresh127', flag: '--fresh127' },
  { label: 'fresh 128 (2nd, tuned r41)', key: 'fresh128', flag: '--fresh128' },
  { label: 'fresh 129 (2nd, tuned r42)', key: 'fresh129', flag: '--fresh129' },
  { label: 'fresh 130 (2nd, tuned r42)', key: 'fresh130', flag: '--fresh130' },
  { label: 'fresh 131 (2nd, tuned r42)', key: 'fresh131', flag: '--fresh131' },
  { label: 'fresh 132 (2nd, tuned r42)', key: 'fresh132', flag: '--fresh132' },
  { label: 'fresh 133 (2nd, tuned r42)', key: 'fresh133', flag: '--fresh133' },
  { label: 'fresh 134 (2nd, tuned r43)', key: 'fresh134', flag: '--fresh134' },
  { label: 'fresh 135 (2nd, tuned r43)', key: 'fresh135', flag: '--fresh135' },
  { label: 'fresh 136 (2nd, tuned r43)', key: 'fresh136', flag: '--fresh136' },
  { label: 'fresh 137 (2nd, tuned r43)', key: 'fresh137', flag: '--fresh137' },
  { label: 'fresh 138 (2nd, tuned r43)', key: 'fresh138', flag: '--fresh138' },
  { label: 'fresh 139 (2nd, tuned r44)', key: 'fresh139', flag: '--fresh139' },
  { label: 'fresh 140 (2nd, tuned r44)', key: 'fresh140', flag: '--fresh140' },
  { label: 'fresh 141 (2nd, tuned r44)', key: 'fresh141', flag: '--fresh141' },
  { label: 'fresh 142 (2nd, tuned r44)', key: 'fresh142', flag: '--fresh142' },
  { label: 'fresh 143 (2nd, tuned r44)', key: 'fresh143', flag: '--fresh143' },
  { label: 'fresh 144 (2nd, tuned r45)', key: 'fresh144', flag: '--fresh144' },
  { label: 'fresh 145 (2nd, tuned r45)', key: 'fresh145', flag: '--fresh145' },
  { label: 'fresh 146 (2nd, tuned r45)', key: 'fresh146', flag: '--fresh146' },
  { label: 'fresh 147 (2nd, tuned r45)', key: 'fresh147', flag: '--fresh147' },
  { label: 'fresh 148 (2nd, tuned r45)', key: 'fresh148', flag: '--fresh148' },
  { label: 'fresh 149 (2nd, tuned r46)', key: 'fresh149', flag: '--fresh149' },
  { label: 'fresh 150 (2nd, tuned r46)', key: 'fresh150', flag: '--fresh150' },
  { label: 'fresh 151 (2nd, tuned r46)', key: 'fresh151', flag: '--fresh151' },
  { label: 'fresh 152 (2nd, tuned r46)', key: 'fresh152', flag: '--fresh152' },
  { label: 'fresh 153 (2nd, tuned r46)', key: 'fresh153', flag: '--fresh153' },
  { label: 'fresh 154 (2nd, tuned r47)', key: 'fresh154', flag: '--fresh154' },
  { label: 'fresh 155 (2nd, tuned r47)', key: 'fresh155', flag: '--fresh155' },
  { label: 'fresh 156 (2nd, tuned r47)', key: 'fresh156', flag: '--fresh156' },
  { label: 'fresh 157 (2nd, tuned r47)', key: 'fresh157', flag: '--fresh157' },
  { label: 'fresh 158 (2nd, tuned r47)', key: 'fresh158', flag: '--fresh158' },
  { label: 'fresh 159 (2nd, tuned r48)', key: 'fresh159', flag: '--fresh159' },
  { label: 'fresh 160 (2nd, tuned r48)', key: 'fresh160', flag: '--fresh160' },
  { label: 'fresh 161 (2nd, tuned r48)', key: 'fresh161', flag: '--fresh161' },
  { label: 'fresh 162 (2nd, tuned r48)', key: 'fresh162', flag: '--fresh162' },
  { label: 'fresh 163 (2nd, tuned r48)', key: 'fresh163', flag: '--fresh163' },
  { label: 'fresh 164 (2nd, tuned r49)', key: 'fresh164', flag: '--fresh164' },
  { label: 'fresh 165 (2nd, tuned r49)', key: 'fresh165', flag: '--fresh165' },
  { label: 'fresh 166 (2nd, tuned r49)', key: 'fresh166', flag: '--fresh166' },
  { label: 'fresh 167 (2nd, tuned r49)', key: 'fresh167', flag: '--fresh167' },
  { label: 'fresh 168 (2nd, tuned r49)', key: 'fresh168', flag: '--fresh168' },
  { label: 'fresh 169 (2nd, tuned r50)', key: 'fresh169', flag: '--fresh169' },
  { label: 'fresh 170 (2nd, tuned r50)', key: 'fresh170', flag: '--fresh170' },
  { label: 'fresh 171 (2nd, tuned r50)', key: 'fresh171', flag: '--fresh171' },
  { label: 'fresh 172 (2nd, tuned r50)', key: 'fresh172', flag: '--fresh172' },
  { label: 'fresh 173 (2nd, tuned r50)', key: 'fresh173', flag: '--fresh173' },
  { label: 'fresh 174 (2nd, tuned r51)', key: 'fresh174', flag: '--fresh174' },
  { label: 'fresh 175 (2nd, tuned r51)', key: 'fresh175', flag: '--fresh175' },
  { label: 'fresh 176 (2nd, tuned r51)', key: 'fresh176', flag: '--fresh176' },
  { label: 'fresh 177 (2nd, tuned r51)', key: 'fresh177', flag: '--fresh177' },
  { label: 'fresh 178 (2nd, tuned r51)', key: 'fresh178', flag: '--fresh178' },
  { label: 'fresh 179 (2nd, tuned r52)', key: 'fresh179', flag: '--fresh179' },
  { label: 'fresh 180 (2nd, tuned r52)', key: 'fresh180', flag: '--fresh180' },
  { label: 'fresh 181 (2nd, tuned r52)', key: 'fresh181', flag: '--fresh181' },
  { label: 'fresh 182 (2nd, tuned r52)', key: 'fresh182', flag: '--fresh182' },
  { label: 'fresh 183 (2nd, tuned r52)', key: 'fresh183', flag: '--fresh183' },
  { label: 'fresh 184 (2nd, tuned r53)', key: 'fresh184', flag: '--fresh184' },
  { label: 'fresh 185 (2nd, tuned r53)', key: 'fresh185', flag: '--fresh185' },
  { label: 'fresh 186 (2nd, tuned r53)', key: 'fresh186', flag: '--fresh186' },
  { label: 'fresh 187 (2nd, tuned r53)', key: 'fresh187', flag: '--fresh187' },
  { label: 'fresh 188 (2nd, tuned r53)', key: 'fresh188', flag: '--fresh188' },
  { label: 'fresh 189 (2nd, tuned r54)', key: 'fresh189', flag: '--fresh189' },
  { label: 'fresh 190 (2nd, tuned r54)', key: 'fresh190', flag: '--fresh190' },
  { label: 'fresh 191 (2nd, tuned r54)', key: 'fresh191', flag: '--fresh191' },
  { label: 'fresh 192 (2nd, tuned r54)', key: 'fresh192', flag: '--fresh192' },
  { label: 'fresh 193 (2nd, tuned r54)', key: 'fresh193', flag: '--fresh193' },
  { label: 'fresh 194 (2nd, tuned r55)', key: 'fresh194', flag: '--fresh194' },
  { label: 'fresh 195 (2nd, tuned r55)', key: 'fresh195', flag: '--fresh195' },
  { label: 'fresh 196 (2nd, tuned r55)', key: 'fresh196', flag: '--fresh196' },
  { label: 'fresh 197 (2nd, tuned r55)', key: 'fresh197', flag: '--fresh197' },
  { label: 'fresh 198 (2nd, tuned r55)', key: 'fresh198', flag: '--fresh198' },
  { label: 'fresh 199 (2nd, tuned r56)', key: 'fresh199', flag: '--fresh199' },
  { label: 'fresh 200 (2nd, tuned r56)', key: 'fresh200', flag: '--fresh200' },
  { label: 'fresh 201 (2nd, tuned r56)', key: 'fresh201', flag: '--fresh201' },
  { label: 'fresh 202 (2nd, tuned r56)', key: 'fresh202', flag: '--fresh202' },
  { label: 'fresh 203 (2nd, tuned r56)', key: 'fresh203', flag: '--fresh203' },
  { label: 'fresh 204 (2nd, tuned r57)', key: 'fresh204', flag: '--fresh204' },
  { label: 'fresh 205 (2nd, tuned r57)', key: 'fresh205', flag: '--fresh205' },
  { label: 'fresh 206 (2nd, tuned r57)', key: 'fresh206', flag: '--fresh206' },
  { label: 'fresh 207 (2nd, tuned r57)', key: 'fresh207', flag: '--fresh207' },
  { label: 'fresh 208 (2nd, tuned r57)', key: 'fresh208', flag: '--fresh208' },
  { label: 'fresh 209 (2nd, tuned r58)', key: 'fresh209', flag: '--fresh209' },
  { label: 'fresh 210 (2nd, tuned r58)', key: 'fresh210', flag: '--fresh210' },
  { label: 'fresh 211 (2nd, tuned r58)', key: 'fresh211', flag: '--fresh211' },
  { label: 'fresh 212 (2nd, tuned r58)', key: 'fresh212', flag: '--fresh212' },
  { label: 'fresh 213 (2nd, tuned r58)', key: 'fresh213', flag: '--fresh213' },
  { label: 'fresh 214 (2nd, tuned r59)', key: 'fresh214', flag: '--fresh214' },
  { label: 'fresh 215 (2nd, tuned r59)', key: 'fresh215', flag: '--fresh215' },
  { label: 'fresh 216 (2nd, tuned r59)', key: 'fresh216', flag: '--fresh216' },
  { label: 'fresh 217 (2nd, tuned r59)', key: 'fresh217', flag: '--fresh217' },
  { label: 'fresh 218 (2nd, tuned r59)', key: 'fresh218', flag: '--fresh218' },
  { label: 'fresh 219 (2nd, tuned r60)', key: 'fresh219', flag: '--fresh219' },
  { label: 'fresh 220 (2nd, tuned r60)', key: 'fresh220', flag: '--fresh220' },
  { label: 'fresh 221 (2nd, tuned r60)', key: 'fresh221', flag: '--fresh221' },
  { label: 'fresh 222 (2nd, tuned r60)', key: 'fresh222', flag: '--fresh222' },
  { label: 'fresh 223 (2nd, tuned r60)', key: 'fresh223', flag: '--fresh223' },
  { label: 'fresh 224 (2nd, tuned r61)', key: 'fresh224', flag: '--fresh224' },
  { label: 'fresh 225 (2nd, tuned r61)', key: 'fresh225', flag: '--fresh225' },
  { label: 'fresh 226 (2nd, tuned r61)', key: 'fresh226', flag: '--fresh226' },
  { label: 'fresh 227 (2nd, tuned r61)', key: 'fresh227', flag: '--fresh227' },
  { label: 'fresh 228 (2nd, tuned r61)', key: 'fresh228', flag: '--fresh228' },
  { label: 'fresh 229 (2nd, tuned r62)', key: 'fresh229', flag: '--fresh229' },
  { label: 'fresh 230 (2nd, tuned r62)', key: 'fresh230', flag: '--fresh230' },
  { label: 'fresh 231 (2nd, tuned r62)', key: 'fresh231', flag: '--fresh231' },
  { label: 'fresh 232 (2nd, tuned r62)', key: 'fresh232', flag: '--fresh232' },
  { label: 'fresh 233 (2nd, tuned r62)', key: 'fresh233', flag: '--fresh233' },
  { label: 'fresh 234 (2nd, tuned r63)', key: 'fresh234', flag: '--fresh234' },
  { label: 'fresh 235 (2nd, tuned r63)', key: 'fresh235', flag: '--fresh235' },
  { label: 'fresh 236 (2nd, tuned r63)', key: 'fresh236', flag: '--fresh236' },
  { label: 'fresh 237 (2nd, tuned r63)', key: 'fresh237', flag: '--fresh237' },
  { label: 'fresh 238 (2nd, tuned r63)', key: 'fresh238', flag: '--fresh238' },
  { label: 'fresh 239 (2nd, tuned r64)', key: 'fresh239', flag: '--fresh239' },
  { label: 'fresh 240 (2nd, tuned r64)', key: 'fresh240', flag: '--fresh240' },
  { label: 'fresh 241 (2nd, tuned r64)', key: 'fresh241', flag: '--fresh241' },
  { label: 'fresh 242 (2nd, tuned r64)', key: 'fresh242', flag: '--fresh242' },
  { label: 'fresh 243 (2nd, tuned r64)', key: 'fresh243', flag: '--fresh243' },
  { label: 'fresh 244 (2nd, tuned r65)', key: 'fresh244', flag: '--fresh244' },
  { label: 'fresh 245 (2nd, tuned r65)', key: 'fresh245', flag: '--fresh245' },
  { label: 'fresh 246 (2nd, tuned r65)', key: 'fresh246', flag: '--fresh246' },
  { label: 'fresh 247 (2nd, tuned r65)', key: 'fresh247', flag: '--fresh247' },
  { label: 'fresh 248 (2nd, tuned r65)', key: 'fresh248', flag: '--fresh248' },
  { label: 'fresh 249 (2nd, tuned r66)', key: 'fresh249', flag: '--fresh249' },
  { label: 'fresh 250 (2nd, tuned r66)', key: 'fresh250', flag: '--fresh250' },
  { label: 'fresh 251 (2nd, tuned r66)', key: 'fresh251', flag: '--fresh251' },
  { label: 'fresh 252 (2nd, tuned r66)', key: 'fresh252', flag: '--fresh252' },
  { label: 'fresh 253 (2nd, tuned r66)', key: 'fresh253', flag: '--fresh253' },
  { label: 'fresh 254 (2nd, tuned r67)', key: 'fresh254', flag: '--fresh254' },
  { label: 'fresh 255 (2nd, tuned r67)', key: 'fresh255', flag: '--fresh255' },
  { label: 'fresh 256 (2nd, tuned r67)', key: 'fresh256', flag: '--fresh256' },
  { label: 'fresh 257 (2nd, tuned r67)', key: 'fresh257', flag: '--fresh257' },
  { label: 'fresh 258 (2nd, tuned r67)', key: 'fresh258', flag: '--fresh258' },
  { label: 'fresh 259 (2nd, held out r67)', key: 'fresh259', flag: '--fresh259' },
  { label: 'fresh 260 (2nd, held out r67)', key: 'fresh260', flag: '--fresh260' },
  { label: 'fresh 261 (2nd, held out r67)', key: 'fresh261', flag: '--fresh261' },
  { label: 'fresh 262 (2nd, held out r67)', key: 'fresh262', flag: '--fresh262' },
  { label: 'fresh 263 (2nd, held out r67)', key: 'fresh263', flag: '--fresh263' },
];
const shownParts = parts.filter((x) => !x.flag || flags.has(x.flag));
const results = parts.map((x) => score(ownSetParts[x.key], preds, shownParts.includes(x) ? mistakes : undefined));
/** The passages whose details may be shown. */
const shown = shownParts.flatMap((x) => ownSetParts[x.key]);

const fx = (x: number) => x.toFixed(4);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (name: string, r: Metrics) =>
  `${name.padEnd(26)} passages=${r.items} gold=${r.gold} predicted=${r.predicted} matched=${r.matched}  quote_f1=${fx(r.f1)}  ` +
  `speaker_acc=${fx(r.accuracy)} (${r.correct}/${r.matched})  wrong_speaker=${pct(r.wrongRate)} (${r.wrong})  no_speaker=${r.abstained}  ` +
  `false_quotes=${r.predicted - r.matched}  non_speech_false_alarms=${r.nonSpeechAlarms}/${r.nonSpeechPassages}`;

for (const [i, x] of parts.entries()) console.log(line(x.label, results[i]!));
console.log(line('all', score(all, preds)));

if (flags.has('--by-tag')) {
  const tags = [...new Set(shown.flatMap((it) => it.meta?.tags ?? []))].sort();
  for (const tag of tags) {
    const part = shown.filter((it) => it.meta?.tags?.includes(tag));
    console.log(line(`  ${tag}`, score(part, preds)));
  }
}

if (flags.has('--verbose')) {
  console.log('\nmistakes:');
  for (const x of mistakes) {
    console.log(`${x.kind.padEnd(5)} ${x.id.padEnd(14)} ${JSON.stringify(x.quote.slice(0, 60))}  gold=${x.gold}  pred=${x.pred}  cue=${x.cue ?? '-'}`);
  }
}
