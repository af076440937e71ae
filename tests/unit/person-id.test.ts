import { describe, expect, it } from 'vitest';
import { nameSlug, personIdFor } from '../../shared/article/person-id';
import { analyzeText } from '../../shared/attribution/index';

/**
 * One person id per name (shared/article/person-id.ts): the attribution engine's ids and the ids
 * review mode gives a person an editor types in must never disagree.
 */

const SPEAKERS = [
  'José Núñez Müller',
  'Seán O’Brien',
  'Jean-Luc Mélenchon',
  "Conor O'Neill",
  'Zoë Smith-Jones',
  'Björn Ødegård',
  'Ana María García-López',
  'François L’Écuyer',
  'Volodymyr Zelenskyy',
];

describe('person ids', () => {
  it('are what the attribution engine gives the people it finds, accents, apostrophes and hyphens included', () => {
    const story = SPEAKERS.map((name, i) => `“This is statement number ${i + 1},” said ${name}, a resident.`).join('\n\n');
    const cast = analyzeText(story).cast;
    expect(cast.map((c) => c.name)).toEqual(SPEAKERS);
    const taken = new Set<string>();
    for (const member of cast) {
      const id = personIdFor(member.name, taken, member.kind);
      expect(member.id, member.name).toBe(id);
      taken.add(id);
    }
  });

  it('are the same for organisations the engine finds', () => {
    const [agency, ...others] = analyzeText('“We will appeal,” Kyodo News said in a statement.').cast;
    expect(others).toEqual([]);
    expect(agency).toMatchObject({ name: 'Kyodo News', kind: 'organization' });
    expect(agency.id).toBe(personIdFor(agency.name, new Set(), agency.kind));
  });

  it('keep today’s slugs: lower case, hyphens for spaces, apostrophes and the marks accents leave', () => {
    expect(nameSlug('Volodymyr Zelenskyy')).toBe('volodymyr-zelenskyy');
    expect(nameSlug("Conor O'Neill")).toBe('conor-o-neill');
    expect(nameSlug('Zoë Smith-Jones')).toBe('zoe-smith-jones');
    expect(nameSlug('José Núñez Müller')).toBe('jose-nunez-muller');
    expect(nameSlug(' -- ')).toBe('x');
    expect(personIdFor('Kyodo News', new Set(), 'organization')).toBe('org-kyodo-news');
  });

  it('step past ids already taken', () => {
    const taken = new Set(['person-tom-park', 'person-tom-park-2']);
    expect(personIdFor('Tom Park', taken)).toBe('person-tom-park-3');
    expect(personIdFor('Tom Parks', taken)).toBe('person-tom-parks');
  });
});
