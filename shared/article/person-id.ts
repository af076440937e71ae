/**
 * Ids of the people (and organisations) a story quotes: `person-<slug>` / `org-<slug>`. The
 * attribution engine names the people it finds this way, and review mode names a person an
 * editor types in this way, so the same name always gets the same id from both.
 */

/**
 * The slug of a name in an id: lower case, accents dropped (é → e, not e-), every run of anything
 * but letters and digits a hyphen.
 */
export function nameSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/** A new id for a name, `person-<slug>` (or `org-<slug>`), followed by -2, -3… while that id is taken. */
export function personIdFor(name: string, taken: ReadonlySet<string>, kind: 'person' | 'organization' = 'person'): string {
  const base = `${kind === 'organization' ? 'org' : 'person'}-${nameSlug(name)}`;
  let id = base;
  let n = 2;
  while (taken.has(id)) id = `${base}-${n++}`;
  return id;
}
