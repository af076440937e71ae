// The confidence model's training data, from the project's history: each own-set part read by the
// engine as it was when the part was written (the commit that added it, before any rule was tuned
// on it), so the model learns how often the rules' choices are right on text they have not seen.
// The parts tuned on since are no use for that: their mistakes were fixed one by one.
//
// For each commit it unpacks `shared/` from git into a temporary folder, adds today's evidence
// reader (shared/attribution/evidence.ts, written to read the linking pass of every version
// listed) with four small insertions into that version's link.ts (from e75a741 on, link.ts has the
// hook itself), runs it over the part and labels
// each chosen speaker right or wrong against today's gold. The result is committed as
// tests/attribution/confidence-data.json (evidence and labels only, no text), which
// train-confidence.ts reads, so training needs no history.
//
//   npx tsx tests/attribution/confidence-history.ts        (needs the git history; about a minute)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { QuoteEvidence } from '../../shared/attribution/confidence';
import type { AttributionResult, DetectedQuote } from '../../shared/attribution/types';
import { type GoldItem, matchTexts, speakerMatch } from './dev-metrics';
import { type OwnSetPart, ownSetParts } from './own-set';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

/** Each part that was once unseen, and the commit that added it (the engine it first met). Fresh 24
 * to 28 were added when round 21 tuned on them, fresh 34 to 38 with round 22's rules (before round
 * 23 tuned on them), fresh 39 to 43 with round 22's too (before round 24 tuned on them); fresh 49 to
 * 133 each at the commit that registered it blind. train-confidence.ts holds out the last measured
 * (fresh 129 to 133) and seals the parts written blind for the round under way. */
export const FIRST_MET: [OwnSetPart, string][] = [
  ['fresh', 'f407698'],
  ['fresh2', '663c723'],
  ['fresh3', '257edd5'],
  ['fresh4', 'f1d6e0b'],
  ['fresh5', 'eeb71c2'],
  ['fresh6', 'd5435c6'],
  ['fresh7', 'f8c348e'],
  ['fresh8', 'd6df1b4'],
  ['fresh9', '605c635'],
  ['fresh10', '6124e92'],
  ['fresh11', '8c63590'],
  ['fresh12', '3f13a41'],
  ['fresh13', '211c139'],
  ['fresh14', '167ff30'],
  ['fresh15', '6790a2c'],
  ['fresh16', '444a1eb'],
  ['fresh17', '3c3ae5c'],
  ['fresh18', 'fe344ff'],
  ['fresh19', '2120446'],
  ['fresh20', 'b5b4a8c'],
  ['fresh21', 'd588ff6'],
  ['fresh22', 'd588ff6'],
  ['fresh23', '331bbd3'],
  ['fresh24', '331bbd3'],
  ['fresh25', '328fc57'],
  ['fresh26', '328fc57'],
  ['fresh27', 'e75a741'],
  ['fresh28', 'e75a741'],
  ['fresh29', '4af620b'],
  ['fresh30', '6c8714a'],
  ['fresh31', '272fdcc'],
  ['fresh32', '075f557'],
  ['fresh33', '075f557'],
  ['fresh34', 'ac46b1b'],
  ['fresh35', 'ac46b1b'],
  ['fresh36', 'ac46b1b'],
  ['fresh37', 'ac46b1b'],
  ['fresh38', 'ac46b1b'],
  ['fresh39', '9a89e2b'],
  ['fresh40', '9a89e2b'],
  ['fresh41', '9a89e2b'],
  ['fresh42', '9a89e2b'],
  ['fresh43', '9a89e2b'],
  ['fresh44', '54accf7'],
  ['fresh45', '54accf7'],
  ['fresh46', '54accf7'],
  ['fresh47', '54accf7'],
  ['fresh48', '54accf7'],
  ['fresh49', '43c8832'],
  ['fresh50', '1948374'],
  ['fresh51', '43c8832'],
  ['fresh52', '1948374'],
  ['fresh53', '43c8832'],
  ['fresh54', '3e15371'],
  ['fresh55', '3e15371'],
  ['fresh56', '3e15371'],
  ['fresh57', '3e15371'],
  ['fresh58', '3e15371'],
  ['fresh59', '7802b3c'],
  ['fresh60', '7802b3c'],
  ['fresh61', '7802b3c'],
  ['fresh62', '7802b3c'],
  ['fresh63', '7802b3c'],
  ['fresh64', '902f5ce'],
  ['fresh65', '902f5ce'],
  ['fresh66', '902f5ce'],
  ['fresh67', '902f5ce'],
  ['fresh68', '902f5ce'],
  ['fresh69', '046f021'],
  ['fresh70', '046f021'],
  ['fresh71', '046f021'],
  ['fresh72', '046f021'],
  ['fresh73', '046f021'],
  ['fresh74', '156be0e'],
  ['fresh75', '156be0e'],
  ['fresh76', '156be0e'],
  ['fresh77', '156be0e'],
  ['fresh78', '156be0e'],
  ['fresh79', '357efd5'],
  ['fresh80', '357efd5'],
  ['fresh81', '357efd5'],
  ['fresh82', '357efd5'],
  ['fresh83', '357efd5'],
  ['fresh84', 'a450642'],
  ['fresh85', 'a450642'],
  ['fresh86', 'a450642'],
  ['fresh87', 'a450642'],
  ['fresh88', 'a450642'],
  ['fresh89', '5ef2c24'],
  ['fresh90', '5ef2c24'],
  ['fresh91', '5ef2c24'],
  ['fresh92', '5ef2c24'],
  ['fresh93', '5ef2c24'],
  ['fresh94', '7bd17e2'],
  ['fresh95', '7bd17e2'],
  ['fresh96', '7bd17e2'],
  ['fresh97', '7bd17e2'],
  ['fresh98', '7bd17e2'],
  ['fresh99', 'e941394'],
  ['fresh100', 'e941394'],
  ['fresh101', 'e941394'],
  ['fresh102', 'e941394'],
  ['fresh103', 'e941394'],
  ['fresh104', 'f55d836'],
  ['fresh105', 'f55d836'],
  ['fresh106', 'f55d836'],
  ['fresh107', 'f55d836'],
  ['fresh108', 'f55d836'],
  ['fresh109', '7b8dc63'],
  ['fresh110', '7b8dc63'],
  ['fresh111', '7b8dc63'],
  ['fresh112', '7b8dc63'],
  ['fresh113', '7b8dc63'],
  ['fresh114', '37ef90d'],
  ['fresh115', '37ef90d'],
  ['fresh116', '37ef90d'],
  ['fresh117', '37ef90d'],
  ['fresh118', '37ef90d'],
  ['fresh119', 'e48b7d1'],
  ['fresh120', 'e48b7d1'],
  ['fresh121', 'e48b7d1'],
  ['fresh122', 'e48b7d1'],
  ['fresh123', 'e48b7d1'],
  ['fresh124', '6909c58'],
  ['fresh125', '6909c58'],
  ['fresh126', '6909c58'],
  ['fresh127', '6909c58'],
  ['fresh128', '6909c58'],
  ['fresh129', '9fa8508'],
  ['fresh130', '9fa8508'],
  ['fresh131', '9fa8508'],
  ['fresh132', '9fa8508'],
  ['fresh133', '9fa8508'],
  ['fresh134', 'e11ee1a'],
  ['fresh135', 'e11ee1a'],
  ['fresh136', 'e11ee1a'],
  ['fresh137', 'e11ee1a'],
  ['fresh138', 'e11ee1a'],
  ['fresh139', 'c91a730'],
  ['fresh140', 'c91a730'],
  ['fresh141', 'c91a730'],
  ['fresh142', 'c91a730'],
  ['fresh143', 'c91a730'],
  ['fresh144', '167837d'],
  ['fresh145', '167837d'],
  ['fresh146', '167837d'],
  ['fresh147', '167837d'],
  ['fresh148', '167837d'],
  ['fresh149', '7bdcd69'],
  ['fresh150', '7bdcd69'],
  ['fresh151', '7bdcd69'],
  ['fresh152', '7bdcd69'],
  ['fresh153', '7bdcd69'],
  ['fresh154', '9340d02'],
  ['fresh155', '9340d02'],
  ['fresh156', '9340d02'],
  ['fresh157', '9340d02'],
  ['fresh158', '9340d02'],
  ['fresh159', '6da8dca'],
  ['fresh160', '6da8dca'],
  ['fresh161', '6da8dca'],
  ['fresh162', '6da8dca'],
  ['fresh163', '6da8dca'],
  ['fresh164', 'b172d99'],
  ['fresh165', 'b172d99'],
  ['fresh166', 'b172d99'],
  ['fresh167', 'b172d99'],
  ['fresh168', 'b172d99'],
  ['fresh169', '90bc059'],
  ['fresh170', '90bc059'],
  ['fresh171', '90bc059'],
  ['fresh172', '90bc059'],
  ['fresh173', '90bc059'],
  ['fresh174', '6e24b1b'],
  ['fresh175', '6e24b1b'],
  ['fresh176', '6e24b1b'],
  ['fresh177', '6e24b1b'],
  ['fresh178', '6e24b1b'],
  ['fresh179', 'cbe9378'],
  ['fresh180', 'cbe9378'],
  ['fresh181', 'cbe9378'],
  ['fresh182', 'cbe9378'],
  ['fresh183', 'cbe9378'],
  ['fresh184', '9d05d2a'],
  ['fresh185', '9d05d2a'],
  ['fresh186', '9d05d2a'],
  ['fresh187', '9d05d2a'],
  ['fresh188', '9d05d2a'],
  ['fresh189', 'da96695'],
  ['fresh190', 'da96695'],
  ['fresh191', 'da96695'],
  ['fresh192', 'da96695'],
  ['fresh193', 'da96695'],
  ['fresh194', 'b6bf28e'],
  ['fresh195', 'b6bf28e'],
  ['fresh196', 'b6bf28e'],
  ['fresh197', 'b6bf28e'],
  ['fresh198', 'b6bf28e'],
  ['fresh199', '39fdbc5'],
  ['fresh200', '39fdbc5'],
  ['fresh201', '39fdbc5'],
  ['fresh202', '39fdbc5'],
  ['fresh203', '39fdbc5'],
  ['fresh204', '4bb5b8d'],
  ['fresh205', '4bb5b8d'],
  ['fresh206', '4bb5b8d'],
  ['fresh207', '4bb5b8d'],
  ['fresh208', '4bb5b8d'],
  ['fresh209', '75b7586'],
  ['fresh210', '75b7586'],
  ['fresh211', '75b7586'],
  ['fresh212', '75b7586'],
  ['fresh213', '75b7586'],
  ['fresh214', 'ac3d6c2'],
  ['fresh215', 'ac3d6c2'],
  ['fresh216', 'ac3d6c2'],
  ['fresh217', 'ac3d6c2'],
  ['fresh218', 'ac3d6c2'],
  ['fresh219', 'df5945a'],
  ['fresh220', 'df5945a'],
  ['fresh221', 'df5945a'],
  ['fresh222', 'df5945a'],
  ['fresh223', 'df5945a'],
  ['fresh224', '108128e'],
  ['fresh225', '108128e'],
  ['fresh226', '108128e'],
  ['fresh227', '108128e'],
  ['fresh228', '108128e'],
  ['fresh229', 'f422e8c'],
  ['fresh230', 'f422e8c'],
  ['fresh231', 'f422e8c'],
  ['fresh232', 'f422e8c'],
  ['fresh233', 'f422e8c'],
  ['fresh234', 'cc38b9a'],
  ['fresh235', 'cc38b9a'],
  ['fresh236', 'cc38b9a'],
  ['fresh237', 'cc38b9a'],
  ['fresh238', 'cc38b9a'],
  ['fresh239', 'd4ef28f'],
  ['fresh240', 'd4ef28f'],
  ['fresh241', 'd4ef28f'],
  ['fresh242', 'd4ef28f'],
  ['fresh243', 'd4ef28f'],
  ['fresh244', 'e307619'],
  ['fresh245', 'e307619'],
  ['fresh246', 'e307619'],
  ['fresh247', 'e307619'],
  ['fresh248', 'e307619'],
  ['fresh249', '17f6760'],
  ['fresh250', '17f6760'],
  ['fresh251', '17f6760'],
  ['fresh252', '17f6760'],
  ['fresh253', '17f6760'],
  ['fresh254', '4536500'],
  ['fresh255', '4536500'],
  ['fresh256', '4536500'],
  ['fresh257', '4536500'],
  ['fresh258', '4536500'],
];

/** The insertions that give an old link.ts today's evidence hook (each anchor must be found once). */
const PATCHES: [string, string][] = [
  ['export function link(locals: LocalParagraph[]): AttributionResult {', "import { evidenceReader } from './evidence';\nexport function link(locals: LocalParagraph[], options = {}): AttributionResult {"],
  ['  for (const g of groups.values()) {\n', '  const evidence = options.onEvidence ? evidenceReader(locals, mentionMember, eff, pos) : null;\n  for (const g of groups.values()) {\n'],
  ['    const last = g[g.length - 1]!;\n', '    const last = g[g.length - 1]!;\n    const ev = evidence && (exp ?? first).speaker ? evidence.read(exp ?? first, g.length > 1) : null;\n'],
  ['    });\n  }\n  quotes.sort(', '    });\n    if (ev) options.onEvidence(quotes[quotes.length - 1], ev);\n  }\n  quotes.sort('],
];

export interface HistoryRow {
  part: string;
  commit: string;
  ev: QuoteEvidence;
  right: boolean;
}

type LinkFn = (locals: unknown[], options: { onEvidence: (q: DetectedQuote, ev: QuoteEvidence) => void }) => AttributionResult;

/** The attribution engine as it was at `commit` (its `shared/` unpacked into `dir`), with the evidence hook. */
export async function engineAt(commit: string, dir: string): Promise<{ link: LinkFn; local: (p: string) => unknown }> {
  const root = join(dir, commit);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const tar = execFileSync('git', ['-C', repoRoot, 'archive', commit, 'shared'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', root], { input: tar });
  const att = join(root, 'shared', 'attribution');
  let src = readFileSync(join(att, 'link.ts'), 'utf8');
  // (from e75a741 on, link.ts reports its evidence itself: nothing to patch or copy)
  if (!src.includes('evidenceReader')) {
    for (const [from, to] of PATCHES) {
      if (src.split(from).length !== 2) throw new Error(`${commit}: link.ts anchor not found once: ${from.trim()}`);
      src = src.replace(from, to);
    }
    writeFileSync(join(att, 'link.ts'), src);
    copyFileSync(join(repoRoot, 'shared', 'attribution', 'evidence.ts'), join(att, 'evidence.ts'));
    // (and what today's evidence.ts imports that an old tree lacks: shared/text/escape-regexp.ts, from
    // the thirty-third session on)
    const escapeFile = join(root, 'shared', 'text', 'escape-regexp.ts');
    if (!existsSync(escapeFile)) {
      mkdirSync(dirname(escapeFile), { recursive: true });
      copyFileSync(join(repoRoot, 'shared', 'text', 'escape-regexp.ts'), escapeFile);
    }
  }
  const link = (await import(pathToFileURL(join(att, 'link.ts')).href)) as { link: LinkFn };
  const local = (await import(pathToFileURL(join(att, 'local.ts')).href)) as { analyzeParagraphLocal: (p: string) => unknown };
  return { link: link.link, local: local.analyzeParagraphLocal };
}

/** Every quote an engine gives a speaker in `items`, with its evidence and whether it is right. */
export function labelled(items: GoldItem[], link: LinkFn, local: (p: string) => unknown): { ev: QuoteEvidence; right: boolean }[] {
  const out: { ev: QuoteEvidence; right: boolean }[] = [];
  for (const item of items) {
    const seen: { ev: QuoteEvidence; text: string; id: string }[] = [];
    const locals = item.text.replace(/\r\n?/g, '\n').split('\n').map((p) => local(p));
    const result = link(locals, { onEvidence: (q, ev) => seen.push({ ev, text: q.segments[0]!.text, id: q.speakerId ?? q.suggestedSpeakerId ?? '' }) });
    const names = new Map(result.cast.map((c) => [c.id, c.name]));
    const match = matchTexts(item.quotes.map((g) => g.quote), seen.map((s) => s.text));
    seen.forEach((s, j) => {
      const i = match.get(j);
      if (i !== undefined) out.push({ ev: s.ev, right: speakerMatch(item.quotes[i]!.speaker, names.get(s.id) ?? null) });
    });
  }
  return out;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = join(tmpdir(), 'copydesk-confidence-history');
  const rows: HistoryRow[] = [];
  for (const [part, commit] of FIRST_MET) {
    const { link, local } = await engineAt(commit, dir);
    const got = labelled(ownSetParts[part], link, local);
    const sure = got.filter((r) => !r.ev.rulesUnsure);
    const wrong = sure.filter((r) => !r.right).length;
    console.log(`${part.padEnd(8)} at ${commit}: ${got.length} quotes with a speaker, ${sure.length} sure, ${wrong} of them wrong (${((100 * wrong) / Math.max(1, sure.length)).toFixed(1)}%)`);
    for (const r of got) rows.push({ part, commit, ...r });
  }
  rmSync(dir, { recursive: true, force: true });
  const out = join(here, 'confidence-data.json');
  // one row per quote: part, commit, right (1) or wrong (0), then the evidence's fields in `fields` order
  const fields = Object.keys(rows[0]!.ev) as (keyof QuoteEvidence)[];
  const table = rows.map((r) => JSON.stringify([r.part, r.commit, +r.right, ...fields.map((f) => r.ev[f])]));
  writeFileSync(out, `{"made":"tests/attribution/confidence-history.ts","fields":${JSON.stringify(fields)},"rows":[\n${table.join(',\n')}\n]}\n`);
  console.log(`${rows.length} rows -> ${out}`);
}
