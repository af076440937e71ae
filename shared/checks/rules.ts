import { z } from 'zod';
import { CHECK_CATEGORIES, CHECK_SEVERITIES, type CheckCategory, type CheckSeverity } from './types';

/**
 * House rules as a desk writes them. Three kinds:
 * - `regex`: a regular expression; the replacement may use capture groups ($1, $<name>);
 * - `words`: banned words or phrases and what to write instead;
 * - `code`: a check written in Copydesk itself (numbers, quotes, headline length…). A library
 *   can switch these off or change their severity, not their workings.
 */

/** The parts of a story whose text a text rule reads. */
export const TEXT_SCOPES = ['body', 'headline', 'standfirst'] as const;
export type TextScope = (typeof TEXT_SCOPES)[number];

const ruleId = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,79}$/, 'a rule id is lower-case letters, digits, dots and hyphens (e.g. "desk.kyiv")');

const ruleCommon = {
  id: ruleId,
  category: z.enum(CHECK_CATEGORIES).default('style'),
  severity: z.enum(CHECK_SEVERITIES).default('warning'),
  /** what the rule is for, shown in the House style dialog */
  description: z.string().max(500).default(''),
  /** parts of the story the rule reads; body, headline and standfirst unless given */
  fields: z.array(z.enum(TEXT_SCOPES)).min(1).optional(),
};

export const regexRuleSchema = z
  .object({
    ...ruleCommon,
    kind: z.literal('regex'),
    pattern: z.string().min(1).max(2_000),
    /** i (ignore case), m, s; `g` and `u` are always on */
    flags: z
      .string()
      .regex(/^[ims]*$/, 'flags may only be i, m and s')
      .default(''),
    /** shown on the match; {text} is the matched text, {replacement} the first replacement */
    message: z.string().min(1).max(500),
    replacement: z.union([z.string().max(500), z.array(z.string().max(500)).max(10)]).optional(),
  })
  .strict();

export const wordsRuleSchema = z
  .object({
    ...ruleCommon,
    kind: z.literal('words'),
    /** banned → preferred (null: banned, nothing to suggest) */
    words: z.record(z.string().min(1).max(200), z.string().max(200).nullable()).refine((w) => Object.keys(w).length > 0, 'list at least one word'),
    /**
     * `preserve`: a banned word is found in any capitalisation and the preferred one follows it
     * (E-mail → Email), unless the preferred word carries its own capitals (okay → OK);
     * `exact`: only as written, replaced as written.
     */
    case: z.enum(['preserve', 'exact']).default('preserve'),
    message: z.string().min(1).max(500).optional(),
  })
  .strict();

export const codeRuleSchema = z.object({ ...ruleCommon, kind: z.literal('code') }).strict();

/** A rule in a library's house-style file (code rules come with Copydesk only). */
export const libraryRuleSchema = z.discriminatedUnion('kind', [regexRuleSchema, wordsRuleSchema]);

export type RegexRuleDefinition = z.input<typeof regexRuleSchema>;
export type WordsRuleDefinition = z.input<typeof wordsRuleSchema>;
export type CodeRuleDefinition = z.input<typeof codeRuleSchema>;
export type HouseRuleDefinition = RegexRuleDefinition | WordsRuleDefinition | CodeRuleDefinition;

export interface HouseLimits {
  /** characters the headline slot takes (a story may set its own) */
  headline: number;
  /** characters a standfirst may run to */
  standfirst: number;
}

export const DEFAULT_LIMITS: HouseLimits = { headline: 70, standfirst: 250 };

/** The sections of `.copydesk/house-style.yaml`, each checked on its own so one bad section spoils nothing else. */
export const houseStyleSections = {
  version: z.literal(1),
  disabled: z.array(ruleId),
  dictionary: z.array(z.string().min(1).max(200)),
  severity: z.record(ruleId, z.enum(CHECK_SEVERITIES)),
  limits: z
    .object({
      headline: z.number().int().min(10).max(1_000).optional(),
      standfirst: z.number().int().min(10).max(5_000).optional(),
    })
    .strict(),
  rules: z.array(z.unknown()),
} as const;
export type HouseStyleSection = keyof typeof houseStyleSections;

/** A house style as data: the file's content once read, or built in code. */
export interface HouseStyleConfig {
  /** rules switched off for this library */
  disabled?: readonly string[];
  /** words never flagged (names of places, people, products the desk uses) */
  dictionary?: readonly string[];
  /** a different severity for a rule, by id */
  severity?: Readonly<Record<string, CheckSeverity>>;
  limits?: Partial<HouseLimits>;
  /** the library's own rules; one with the id of a house rule replaces it */
  rules?: readonly HouseRuleDefinition[];
}

export type { CheckCategory, CheckSeverity };
