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

/** "Jane Doe (Kyodo News)": a name with its own affiliation in brackets. */
const WITH_AFFILIATION = /^(.*?)\s*\(([^()]{2,80})\)$/;
/** "Li Wei in Beijing": where the reporting was done is not part of the name. */
const REPORTING_PLACE = /\s+in\s+\p{Lu}[\p{L}.'’ -]*$/u;

/**
 * One role's people: "A and B, Kyodo News", "A, B and C", "A (Kyodo) and B (Reuters)".
 * A last comma part with no "and" in it is the agency: a list of names ends with "and"
 * in house style, so "By Jane Doe, Nikkei" is one reporter from Nikkei.
 */
function parseNames(rest: string, role: string): Contributor[] | null {
  const commaParts = rest.split(/\s*,\s*/).filter(Boolean);
  let affiliation: string | null = null;
  if (commaParts.length > 1) {
    const last = commaParts[commaParts.length - 1];
    const hasAnd = /(^|\s)(and|&)\s/i.test(last);
    if (!hasAnd && (AGENCY.test(last) || /^\p{Lu}{2,}$/u.test(last) || commaParts.length === 2 || /\s(and|&)\s/i.test(commaParts[commaParts.length - 2]))) {
      affiliation = last;
      commaParts.pop();
    }
  }
  const names = commaParts
    .join(', ')
    .split(/\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
  const out: Contributor[] = [];
  for (const raw of names) {
    let name = raw;
    let own: string | null = null;
    const bracket = WITH_AFFILIATION.exec(raw);
    if (bracket) {
      name = bracket[1];
      own = bracket[2].trim();
    }
    if (role === 'additional-reporting') name = name.replace(REPORTING_PLACE, '');
    if (!looksLikeName(name)) return null;
    out.push({ name, role, affiliation: own ?? affiliation, contact: null });
  }
  return out.length ? out : null;
}

/**
 * Reads a byline line such as "By A and B, Kyodo News; additional reporting by C" into
 * contributors with roles, or returns null when the line is not a byline.
 */
export function parseBylineLine(line: string): Contributor[] | null {
  const text = line.trim().replace(/[.]$/, '');
  if (
    text.length > 200 ||
    !/^(by|additional reporting by|reporting by|photos? by|photographs? by|pictures? by|translated by|translation by|edited by|editing by)\s/i.test(text)
  )
    return null;
  const out: Contributor[] = [];
  for (const segment of text.split(/\s*;\s*/)) {
    const prefix = ROLE_PREFIXES.find(([re]) => re.test(segment));
    if (!prefix) return null;
    const people = parseNames(segment.replace(prefix[0], ''), prefix[1]);
    if (!people) return null;
    out.push(...people);
  }
  return out.length ? out : null;
}
