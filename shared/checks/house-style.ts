import { HOUSE_RULES } from './house-rules';
import {
  codeRuleSchema,
  DEFAULT_LIMITS,
  type HouseLimits,
  type HouseRuleDefinition,
  type HouseStyleConfig,
  libraryRuleSchema,
  TEXT_SCOPES,
  type TextScope,
} from './rules';
import { TEXT_CHECKS, type TextCheck, type TextHit } from './text-checks';
import type { CheckCategory, CheckSeverity } from './types';
import { escapeRegExp } from '../text/escape-regexp';

/** One rule ready to run. */
export interface HouseRule {
  id: string;
  kind: 'regex' | 'words' | 'code';
  category: CheckCategory;
  severity: CheckSeverity;
  description: string;
  /** false when the library switched it off (it is still listed, so the desk can switch it on again) */
  enabled: boolean;
  /** `house`: Copydesk's own; `library`: from the library's house-style file (new, or replacing a house rule) */
  source: 'house' | 'library';
  /** the parts of the story whose text it reads; empty for rules that read no text (photos, quotes…) */
  scopes: readonly TextScope[];
  /** true when names of the story's people and dictionary words are never flagged by it */
  skipsNames: boolean;
  /** @internal the text check, for rules that read text */
  readonly check?: TextCheck;
}

/** A compiled house style: Copydesk's rules with a library's changes, ready for the engine. */
export interface HouseStyle {
  /** every rule, switched-off ones included, in the order the House style dialog lists them */
  readonly rules: readonly HouseRule[];
  readonly dictionary: readonly string[];
  readonly limits: HouseLimits;
  /** @internal enabled text rules for each part of the story */
  readonly textRules: Readonly<Record<TextScope, readonly HouseRule[]>>;
  /** @internal enabled rules by id */
  readonly enabled: ReadonlyMap<string, HouseRule>;
}

/**
 * Something wrong in a house style. `path` says where in the configuration (["rules", 3,
 * "pattern"]), so the file loader can name the line; `ruleId` names the rule when there is one.
 */
export interface HouseStyleProblem {
  path: (string | number)[];
  ruleId?: string;
  message: string;
}

/** Copydesk's house style with no library changes. */
export function houseRuleDefinitions(): readonly HouseRuleDefinition[] {
  return HOUSE_RULES;
}

/**
 * Builds a house style from Copydesk's rules and a library's changes. A rule that cannot be used
 * (a bad pattern, a missing field) is left out and reported; everything else still runs.
 */
export function compileHouseStyle(config: HouseStyleConfig = {}): { style: HouseStyle; problems: HouseStyleProblem[] } {
  const problems: HouseStyleProblem[] = [];
  const definitions = new Map<string, { def: HouseRuleDefinition; source: 'house' | 'library' }>();
  for (const def of HOUSE_RULES) definitions.set(def.id, { def, source: 'house' });
  const libraryIds = new Set<string>();
  (config.rules ?? []).forEach((raw, index) => {
    const parsed = libraryRuleSchema.safeParse(raw);
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : undefined;
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({
        path: ['rules', index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        ruleId: id,
        message: describeIssue(issue as Parameters<typeof describeIssue>[0]),
      });
      return;
    }
    if (libraryIds.has(parsed.data.id)) {
      problems.push({
        path: ['rules', index, 'id'],
        ruleId: parsed.data.id,
        message: `A second rule with the id "${parsed.data.id}": give each rule its own id`,
      });
      return;
    }
    const bad = parsed.data.kind === 'regex' ? badPattern(parsed.data.pattern, parsed.data.flags) : null;
    if (bad) {
      problems.push({ path: ['rules', index, 'pattern'], ruleId: parsed.data.id, message: `The pattern is not a valid regular expression (${bad})` });
      return;
    }
    libraryIds.add(parsed.data.id);
    definitions.set(parsed.data.id, { def: parsed.data, source: 'library' });
  });

  const known = (id: string) => definitions.has(id);
  const disabled = new Set<string>();
  (config.disabled ?? []).forEach((id, i) => {
    if (known(id)) disabled.add(id);
    else problems.push({ path: ['disabled', i], ruleId: id, message: `There is no rule "${id}" to switch off` });
  });
  const severity = new Map<string, CheckSeverity>();
  for (const [id, s] of Object.entries(config.severity ?? {})) {
    if (known(id)) severity.set(id, s);
    else problems.push({ path: ['severity', id], ruleId: id, message: `There is no rule "${id}" to change the severity of` });
  }

  const rules: HouseRule[] = [];
  for (const { def, source } of definitions.values()) {
    const rule = buildRule(def, source, !disabled.has(def.id), severity.get(def.id));
    if (rule) rules.push(rule);
  }
  const textRules = { body: [], headline: [], standfirst: [] } as Record<TextScope, HouseRule[]>;
  const enabled = new Map<string, HouseRule>();
  for (const rule of rules) {
    if (!rule.enabled) continue;
    enabled.set(rule.id, rule);
    if (rule.check) for (const scope of rule.scopes) textRules[scope].push(rule);
  }
  const dictionary = [...new Set((config.dictionary ?? []).map((w) => w.trim()).filter(Boolean))];
  const limits: HouseLimits = { ...DEFAULT_LIMITS, ...config.limits };
  return { style: { rules, dictionary, limits, textRules, enabled }, problems };
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  object: 'a set of “name: value” lines',
  array: 'a list',
  boolean: 'true or false',
};

/** A zod issue in the desk's words: which setting, and what it should be. */
export function describeIssue(issue: { code?: string; message: string; path: PropertyKey[]; expected?: unknown; keys?: string[]; values?: unknown[] }): string {
  const where = issue.path.map(String).join('.');
  const name = where ? `“${where}”` : 'the rule';
  switch (issue.code) {
    case 'invalid_union':
      if (where === 'kind') return 'kind must be “regex” or “words”';
      break;
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return `${name} is missing`;
      return `${name} should be ${EXPECTED[String(issue.expected)] ?? String(issue.expected)}`;
    case 'invalid_value':
      if (issue.values) return `${name} must be one of ${issue.values.map(String).join(', ')}`;
      break;
    case 'unrecognized_keys':
      return `unknown setting${issue.keys && issue.keys.length > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `“${k}”`).join(', ')}`;
  }
  return where ? `${name}: ${issue.message}` : issue.message;
}

function badPattern(pattern: string, flags = ''): string | null {
  try {
    new RegExp(pattern, `gu${flags}`);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

function buildRule(def: HouseRuleDefinition, source: 'house' | 'library', enabled: boolean, severity: CheckSeverity | undefined): HouseRule | null {
  const parsed = def.kind === 'code' ? codeRuleSchema.parse(def) : libraryRuleSchema.parse(def);
  const base = {
    id: parsed.id,
    kind: parsed.kind,
    category: parsed.category,
    severity: severity ?? parsed.severity,
    description: parsed.description,
    enabled,
    source,
    skipsNames: parsed.kind !== 'code' && parsed.category !== 'notes',
  };
  if (parsed.kind === 'code') {
    const check = TEXT_CHECKS[parsed.id];
    return { ...base, scopes: check ? (parsed.fields ?? TEXT_SCOPES) : [], check };
  }
  const scopes = parsed.fields ?? TEXT_SCOPES;
  if (parsed.kind === 'regex') {
    const re = new RegExp(parsed.pattern, `gu${parsed.flags}`);
    const replacements = parsed.replacement === undefined ? [] : Array.isArray(parsed.replacement) ? parsed.replacement : [parsed.replacement];
    return { ...base, scopes, check: regexCheck(re, parsed.message, replacements) };
  }
  return { ...base, scopes, check: wordsCheck(parsed.words, parsed.case, parsed.message) };
}

// ---------------------------------------------------------------------------------------------

function fillMessage(template: string, text: string, replacement: string | undefined): string {
  return template.replace(/\{text\}/g, text).replace(/\{replacement\}/g, replacement ?? '');
}

/** `$1`…`$99`, `$<name>`, `$&` and `$$` in a replacement, read as String.prototype.replace reads them. */
export function expandReplacement(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(?:(\$)|(&)|<([^>]+)>|(\d\d?))/g, (all, dollar?: string, whole?: string, name?: string, num?: string) => {
    if (dollar) return '$';
    if (whole) return m[0];
    if (name !== undefined) return m.groups?.[name] ?? '';
    const n = Number(num);
    if (n > 0 && n < m.length) return m[n] ?? '';
    // "$12" with fewer than 12 groups is group 1 followed by "2".
    if (num!.length === 2 && Number(num![0]) > 0 && Number(num![0]) < m.length) return (m[Number(num![0])] ?? '') + num![1];
    return all;
  });
}

function regexCheck(re: RegExp, message: string, replacements: readonly string[]): TextCheck {
  return (text, _scope, hit) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const options = replacements.map((r) => expandReplacement(r, m!)).filter((r) => r !== m![0]);
      hit({ from: m.index, to: m.index + m[0].length, message: fillMessage(message, m[0], options[0]), replacements: options });
    }
  };
}

const INSIDE_WORD = /[\p{L}\p{N}.'’-]/u;

/** The preferred word in the capitalisation of the word found: "E-mail" → "Email", "okay" → "OK". */
function followCase(found: string, preferred: string): string {
  if (preferred !== preferred.toLowerCase()) return preferred;
  if (found.length > 1 && found === found.toUpperCase() && found !== found.toLowerCase()) return preferred.toUpperCase();
  if (/^\p{Lu}/u.test(found)) return preferred.charAt(0).toUpperCase() + preferred.slice(1);
  return preferred;
}

function wordsCheck(words: Record<string, string | null>, mode: 'preserve' | 'exact', message: string | undefined): TextCheck {
  const lookup = new Map<string, string | null>();
  for (const [banned, preferred] of Object.entries(words)) lookup.set((mode === 'exact' ? banned : banned.toLowerCase()).replace(/\s+/g, ' '), preferred);
  const alternatives = Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'));
  // The start of a word is checked in code: a leading lookbehind would be tried at every character.
  const re = new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}'’-]|\\.\\p{L})`, mode === 'exact' ? 'gu' : 'giu');
  return (text, _scope, hit) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index > 0 && INSIDE_WORD.test(text[m.index - 1]!)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const found = m[0];
      const key = (mode === 'exact' ? found : found.toLowerCase()).replace(/\s+/g, ' ');
      const preferred = lookup.get(key) ?? null;
      const replacement = preferred === null ? null : mode === 'exact' ? preferred : followCase(found, preferred);
      if (replacement === found) continue;
      const said = message
        ? fillMessage(message, found, replacement ?? undefined)
        : replacement !== null
          ? `House style: “${replacement}”, not “${found}”`
          : `House style: avoid “${found}”`;
      hit({ from: m.index, to: m.index + found.length, message: said, replacements: replacement === null ? [] : [replacement] });
    }
  };
}

// Last, once every helper above is initialised.
/** Copydesk's house style as it ships. */
export const DEFAULT_HOUSE_STYLE: HouseStyle = compileHouseStyle().style;

export type { TextHit };
