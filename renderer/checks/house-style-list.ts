import { CHECK_CATEGORIES, CHECK_CATEGORY_LABELS, type CheckCategory, type CheckSeverity, type HouseRule } from '../../shared/checks';

/** How the House style dialog names a severity: what it does to the story, not just a word. */
export const SEVERITY_LABELS: Record<CheckSeverity, string> = {
  error: 'Error (blocks Ready)',
  warning: 'Warning',
  info: 'For the record',
};

export interface RuleGroup {
  category: CheckCategory;
  label: string;
  rules: readonly HouseRule[];
}

/**
 * The rules as the House style dialog lists them: by category, in the Checks panel's order, each
 * group in the style's own order (Copydesk's rules, then the library's). Empty groups are left out.
 */
export function ruleGroups(rules: readonly HouseRule[]): RuleGroup[] {
  const by = new Map<CheckCategory, HouseRule[]>();
  for (const rule of rules) {
    const list = by.get(rule.category);
    if (list) list.push(rule);
    else by.set(rule.category, [rule]);
  }
  return CHECK_CATEGORIES.filter((c) => by.has(c)).map((category) => ({ category, label: CHECK_CATEGORY_LABELS[category], rules: by.get(category)! }));
}

/** "3 of 32 rules on": the dialog's summary line. */
export function rulesOnSummary(rules: readonly HouseRule[]): string {
  const on = rules.filter((r) => r.enabled).length;
  return on === rules.length ? `All ${rules.length} rules on` : `${on} of ${rules.length} rules on`;
}
