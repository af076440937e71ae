import type { Contributor } from '../article/model';

/** Words that mark the last comma-part of a byline as an organisation, not a person. */
const AGENCY =
  /\b(news|press|agency|agence|service|wire|times|post|journal|herald|tribune|reuters|ap|afp|kyodo|xinhua|bloomberg|tass|efe|dpa|ansa|yonhap|bbc|cnn|staff|correspondents?|writers?)\b/i;

const ROLE_PREFIXES: [RegExp, string][] = [
  [/^additional reporting by\s+/i, 'additional-reporting'],
  [/^reporting by\s+/i, 'writer'],
  [/^(photos?|photographs?|pictures?) by\s+/i, 'photographer'],
  [/^translat(ed|ion) by\s+/i, 'translation'],
  [/^(edited|editing) by\s+/i, 'editing'],
  [/^by\s+/i, 'writer'],
];

const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|de|da|del|van|von|der|bin|al|la|le|di)$/u;

function looksLikeName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 5 && words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(words[0]);
}

/**
 * Reads a byline line such as "By A and B, Kyodo News; additional reporting by C" into
 * contributors with roles, or returns null when the line is not a byline.
 */
export function parseBylineLine(line: string): Contributor[] | null {
  const text = line.trim().replace(/[.]$/, '');
  if (text.length > 200 || !/^(by|additional reporting by|reporting by|photos? by|translated by|edited by)\s/i.test(text)) return null;
  const out: Contributor[] = [];
  for (const segment of text.split(/\s*;\s*/)) {
    const prefix = ROLE_PREFIXES.find(([re]) => re.test(segment));
    if (!prefix) return null;
    const rest = segment.replace(prefix[0], '');
    let parts = rest.split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter(Boolean);
    let affiliation: string | null = null;
    if (parts.length > 1 && (AGENCY.test(parts[parts.length - 1]) || /^\p{Lu}{2,}$/u.test(parts[parts.length - 1]))) {
      affiliation = parts[parts.length - 1];
      parts = parts.slice(0, -1);
    }
    if (parts.length === 0 || !parts.every(looksLikeName)) return null;
    for (const name of parts) out.push({ name, role: prefix[1], affiliation, contact: null });
  }
  return out.length ? out : null;
}
