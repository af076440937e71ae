import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Document, isSeq, LineCounter, parseDocument } from 'yaml';
import {
  compileHouseStyle,
  describeIssue,
  HOUSE_STYLE_FILE_NAME,
  type HouseStyle,
  type HouseStyleConfig,
  type HouseStyleProblem,
  type HouseStyleSection,
  houseStyleExample,
  houseStyleSections,
} from '../../../shared/checks';
import { HostError } from '../../../shared/contract';
import { writeFileAtomic } from '../fs/atomic-write';
import { APP_DIR, fileSystemError } from '../library';

/**
 * A library's house style: `.copydesk/house-style.yaml`, written by the desk (comments welcome).
 * Every section and every rule is checked on its own: a mistake is reported with its line and the
 * rule it is in, that part is left out, and everything else still runs. A file that is not YAML
 * at all leaves Copydesk's own house style in force until it is fixed. Nothing here throws for a
 * bad file; only the file system can fail a load.
 */

/** The house-style file, relative to the library folder. */
export const HOUSE_STYLE_FILE = path.join(APP_DIR, HOUSE_STYLE_FILE_NAME);

export interface HouseStyleFileProblem {
  /** 1-based line of the file, when the problem has one */
  line: number | null;
  /** the rule the problem is in, when it is in one */
  ruleId: string | null;
  /** one sentence for the desk: where, what is wrong, and what Copydesk does about it */
  message: string;
}

export interface LoadedHouseStyle {
  style: HouseStyle;
  /**
   * The file's settings as plain data (what was usable of them). The compiled style holds functions
   * and cannot cross to the renderer; send this and compile it there with compileHouseStyle.
   */
  config: HouseStyleConfig;
  problems: HouseStyleFileProblem[];
  /** the file read (absolute) */
  file: string;
  /** false when the library has no house-style file (Copydesk's own style is used) */
  found: boolean;
}

type Path = (string | number)[];

function lineOf(doc: Document, counter: LineCounter, at: Path): number | null {
  for (let n = at.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(at.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return null;
}

/** Reads the text of a house-style file: the style to use and every problem, each with its line. */
export function readHouseStyleText(
  text: string,
  label = HOUSE_STYLE_FILE_NAME,
): { config: HouseStyleConfig; style: HouseStyle; problems: HouseStyleFileProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const problems: HouseStyleFileProblem[] = [];
  const where = (line: number | null) => (line ? `${label}, line ${line}` : label);

  if (doc.errors.length) {
    for (const e of doc.errors) {
      const line = e.pos ? counter.linePos(e.pos[0]).line : null;
      problems.push({
        line,
        ruleId: null,
        message: `${where(line)}: this is not valid YAML (${e.message.split('\n')[0]}). Copydesk’s own house style is used until the file is fixed.`,
      });
    }
    return { config: {}, style: compileHouseStyle().style, problems };
  }

  const data: unknown = doc.toJS();
  const config: { -readonly [K in keyof HouseStyleConfig]: HouseStyleConfig[K] } = {};
  const report = (at: Path, message: string, ruleId: string | null = null) =>
    problems.push({ line: lineOf(doc, counter, at), ruleId, message: `${where(lineOf(doc, counter, at))}: ${message}` });

  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    report([], 'the file should be a set of “name: value” lines (see the example Copydesk writes). Copydesk’s own house style is used until it is fixed.');
    return { config, style: compileHouseStyle().style, problems };
  }

  for (const [key, value] of Object.entries((data ?? {}) as Record<string, unknown>)) {
    if (!(key in houseStyleSections)) {
      report([key], `unknown section “${key}” (ignored). The sections are: ${Object.keys(houseStyleSections).join(', ')}.`);
      continue;
    }
    const section = key as HouseStyleSection;
    if (value === null) continue;
    if (section === 'disabled' || section === 'dictionary' || section === 'rules') {
      if (!Array.isArray(value)) {
        report([key], `“${key}” should be a list (lines starting with “- ”); it was ignored.`);
        continue;
      }
      if (section === 'rules') {
        config.rules = value as HouseStyleConfig['rules'];
        continue;
      }
      const element = houseStyleSections[section].element;
      const kept: string[] = [];
      value.forEach((item, i) => {
        const ok = element.safeParse(item);
        if (ok.success) kept.push(ok.data);
        else
          report(
            [key, i],
            section === 'disabled'
              ? `“${String(item)}” is not a rule id (ignored).`
              : `the dictionary entry “${String(item)}” should be a word or phrase (ignored).`,
          );
      });
      config[section] = kept;
      continue;
    }
    if (section === 'severity') {
      if (typeof value !== 'object' || Array.isArray(value)) {
        report([key], '“severity” should be lines of “rule-id: error|warning|info”; it was ignored.');
        continue;
      }
      const kept: Record<string, 'error' | 'warning' | 'info'> = {};
      for (const [id, s] of Object.entries(value as Record<string, unknown>)) {
        const ok = houseStyleSections.severity.safeParse({ [id]: s });
        if (ok.success) Object.assign(kept, ok.data);
        else report([key, id], `the severity of “${id}” must be error, warning or info (ignored).`, id);
      }
      config.severity = kept;
      continue;
    }
    const ok = houseStyleSections[section].safeParse(value);
    if (!ok.success && section === 'version') {
      report([key], `“version: ${String(value)}” is not a version this Copydesk reads (it reads version 1); the file is read as version 1.`);
      continue;
    }
    if (!ok.success) {
      const issue = ok.error.issues[0]!;
      report([key, ...(issue.path as (string | number)[])], `${key}: ${describeIssue(issue)} (ignored).`);
      continue;
    }
    if (section === 'limits') config.limits = ok.data as HouseStyleConfig['limits'];
  }

  const { style, problems: ruleProblems } = compileHouseStyle(config);
  for (const p of ruleProblems) problems.push(describeCompileProblem(p, doc, counter, where));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { config, style, problems };
}

function describeCompileProblem(p: HouseStyleProblem, doc: Document, counter: LineCounter, where: (line: number | null) => string): HouseStyleFileProblem {
  const line = lineOf(doc, counter, p.path);
  if (p.path[0] === 'rules') {
    const index = p.path[1] as number;
    const name = p.ruleId ? `rule “${p.ruleId}”` : `rule ${index + 1} (it has no id)`;
    return { line, ruleId: p.ruleId ?? null, message: `${where(line)}, ${name}: ${p.message}. The rule is skipped; the other rules still run.` };
  }
  return { line, ruleId: p.ruleId ?? null, message: `${where(line)}: ${p.message} (ignored).` };
}

/** The library's house style (Copydesk's own when the library has no file). */
export async function loadHouseStyle(root: string): Promise<LoadedHouseStyle> {
  const file = path.join(root, HOUSE_STYLE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { style: compileHouseStyle().style, config: {}, problems: [], file, found: false };
    throw fileSystemError(e, 'read the house style', HOUSE_STYLE_FILE);
  }
  const { style, config, problems } = readHouseStyleText(text);
  return { style, config, problems, file, found: true };
}

/**
 * Writes the commented example house style into a library that has none. Returns false (and
 * leaves the file alone) when the library already has one.
 */
export async function writeHouseStyleExample(root: string): Promise<boolean> {
  const file = path.join(root, HOUSE_STYLE_FILE);
  try {
    await readFile(file);
    return false;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fileSystemError(e, 'read the house style', HOUSE_STYLE_FILE);
  }
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, houseStyleExample());
  } catch (e) {
    throw fileSystemError(e, 'write the house style', HOUSE_STYLE_FILE);
  }
  return true;
}

/**
 * Switches a rule off (or on again) for the library: edits the file's `disabled:` list and
 * keeps everything else — comments included — as the desk wrote it. A library without a file
 * gets the commented example first.
 */
export async function setHouseRuleEnabled(root: string, ruleId: string, enabled: boolean): Promise<LoadedHouseStyle> {
  const file = path.join(root, HOUSE_STYLE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fileSystemError(e, 'read the house style', HOUSE_STYLE_FILE);
    text = houseStyleExample();
  }
  const current = readHouseStyleText(text);
  if (!current.style.rules.some((r) => r.id === ruleId)) throw new HostError('not-found', `There is no house rule “${ruleId}”.`);
  const doc = parseDocument(text);
  if (doc.errors.length) {
    throw new HostError(
      'invalid-argument',
      `The house style (${HOUSE_STYLE_FILE}) is not valid YAML, so the rule could not be switched ${enabled ? 'on' : 'off'}. Fix the file first.`,
    );
  }
  const list = doc.get('disabled', true);
  if (isSeq(list)) {
    const at = list.items.findIndex((item) => String((item as { value?: unknown }).value ?? item) === ruleId);
    if (enabled && at !== -1) list.items.splice(at, 1);
    if (!enabled && at === -1) {
      list.add(doc.createNode(ruleId));
      list.flow = false;
    }
    if (!list.items.length) list.flow = true;
  } else if (!enabled) doc.set('disabled', doc.createNode([ruleId]));
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, doc.toString());
  } catch (e) {
    throw fileSystemError(e, 'write the house style', HOUSE_STYLE_FILE);
  }
  return loadHouseStyle(root);
}
