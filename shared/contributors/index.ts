import { z } from 'zod';
import type { Article, Contributor } from '../article/model';

/**
 * The contributor directory: everyone the library has credited, so a name typed once is
 * offered again, and renaming someone reaches every article that credits them. Kept in the
 * library as `.copydesk/contributors.json`.
 */

export const CONTRIBUTOR_DIRECTORY_FORMAT = 'copydesk-contributors';

export const directoryEntrySchema = z.object({
  name: z.string().min(1).max(200),
  /** The role last credited, offered first when the name is picked again. */
  role: z.string().min(1).max(60),
  affiliation: z.string().max(200).nullable(),
  contact: z.string().max(300).nullable(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const contributorDirectorySchema = z.object({
  format: z.literal(CONTRIBUTOR_DIRECTORY_FORMAT),
  version: z.literal(1),
  contributors: z.array(directoryEntrySchema).max(10_000),
});
export type ContributorDirectory = z.infer<typeof contributorDirectorySchema>;

/** Names compare as a copy editor reads them: same letters, any spacing, any case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

export function cleanName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Adds or refreshes entries (matched by name); the newest details win, but a detail left
 * empty does not erase a known one. Sorted by name for a stable, diffable file.
 */
export function mergeEntries(existing: readonly DirectoryEntry[], incoming: readonly Contributor[]): DirectoryEntry[] {
  const byKey = new Map(existing.map((e) => [nameKey(e.name), e]));
  for (const c of incoming) {
    const name = cleanName(c.name);
    if (!name) continue;
    const key = nameKey(name);
    const known = byKey.get(key);
    byKey.set(key, {
      name,
      role: c.role || known?.role || 'writer',
      affiliation: c.affiliation?.trim() || known?.affiliation || null,
      contact: c.contact?.trim() || known?.contact || null,
    });
  }
  return sortEntries([...byKey.values()]);
}

export function sortEntries(entries: DirectoryEntry[]): DirectoryEntry[] {
  return entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.name < b.name ? -1 : 1));
}

/** The directory with `from` renamed to `to`; when `to` is already there the two become one. */
export function renameEntry(entries: readonly DirectoryEntry[], from: string, to: string): DirectoryEntry[] {
  const fromKey = nameKey(from);
  const old = entries.find((e) => nameKey(e.name) === fromKey);
  const rest = entries.filter((e) => nameKey(e.name) !== fromKey);
  if (!old) return sortEntries([...rest]);
  return mergeEntries(rest, [{ ...old, name: cleanName(to) }]);
}

/** The directory without `name` (matched as names are everywhere: any case or spacing). */
export function forgetEntry(entries: readonly DirectoryEntry[], name: string): DirectoryEntry[] {
  const key = nameKey(name);
  return entries.filter((e) => nameKey(e.name) !== key);
}

/** The byline's contributors with `from` renamed to `to`, or null when nobody matched. */
export function renameInContributors(contributors: readonly Contributor[], from: string, to: string): Contributor[] | null {
  const fromKey = nameKey(from);
  let changed = false;
  const next = contributors.map((c) => {
    if (nameKey(c.name) !== fromKey) return c;
    changed = true;
    return { ...c, name: cleanName(to) };
  });
  return changed ? next : null;
}

/** The article with the contributor renamed in its byline, or null when it does not credit them. */
export function renameInArticle(article: Article, from: string, to: string): Article | null {
  const contributors = renameInContributors(article.byline.contributors, from, to);
  return contributors ? { ...article, byline: { ...article.byline, contributors } } : null;
}

/** Directory suggestions for what has been typed so far: names starting with it first, then containing it. */
export function suggestContributors(entries: readonly DirectoryEntry[], typed: string, limit = 8): DirectoryEntry[] {
  const q = nameKey(typed);
  if (!q) return [];
  const starts: DirectoryEntry[] = [];
  const contains: DirectoryEntry[] = [];
  for (const e of entries) {
    const k = nameKey(e.name);
    if (k === q) continue;
    const fold = foldAccents(k);
    const fq = foldAccents(q);
    if (fold.startsWith(fq) || fold.split(' ').some((w) => w.startsWith(fq))) starts.push(e);
    else if (fold.includes(fq)) contains.push(e);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** "José Núñez" is found by typing "jose nunez" too. */
function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
