import type { Contributor } from './model';

/** How each role is introduced in the rendered byline, in house style. */
const ROLE_LEAD: Record<string, string> = {
  writer: 'By',
  photographer: 'Photos by',
  'additional-reporting': 'Additional reporting by',
  translation: 'Translated by',
  editing: 'Edited by',
};

export const ROLE_LABELS: Record<string, string> = {
  writer: 'Writer',
  photographer: 'Photographer',
  'additional-reporting': 'Additional reporting',
  translation: 'Translation',
  editing: 'Editing',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role.replace(/[-_]/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function nameWithAffiliation(c: Contributor): string {
  const name = c.name.trim();
  return c.affiliation?.trim() ? `${name} (${c.affiliation.trim()})` : name;
}

/**
 * The byline as readers see it, one line per role, writers first:
 * ["By A and B", "Additional reporting by C"].
 */
export function bylineLines(contributors: readonly Contributor[]): string[] {
  const byRole = new Map<string, Contributor[]>();
  for (const c of contributors) {
    if (!c.name.trim()) continue;
    const list = byRole.get(c.role) ?? [];
    list.push(c);
    byRole.set(c.role, list);
  }
  const roles = [...byRole.keys()].sort((a, b) => rank(a) - rank(b));
  return roles.map((role) => {
    const people = byRole.get(role)!;
    // One shared agency reads better once at the end: "By A and B, Kyodo News".
    const affiliations = new Set(people.map((p) => p.affiliation?.trim() || ''));
    const shared = affiliations.size === 1 ? [...affiliations][0] : '';
    const names = shared ? people.map((p) => p.name.trim()) : people.map(nameWithAffiliation);
    const lead = ROLE_LEAD[role] ?? `${roleLabel(role)}:`;
    return `${lead} ${joinNames(names)}${shared ? `, ${shared}` : ''}`;
  });
}

export function bylineText(contributors: readonly Contributor[]): string {
  return bylineLines(contributors).join('; ');
}

function rank(role: string): number {
  const i = Object.keys(ROLE_LEAD).indexOf(role);
  return i === -1 ? 100 : i;
}
