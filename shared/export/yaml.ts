/**
 * YAML for Markdown front matter, in block style like the `yaml` package writes it, in linear
 * time: the package builds a node tree and copies its context for every pair, which costs tens
 * of milliseconds for a long story's hundreds of quote records. Only JSON-like data is written
 * (objects, arrays, strings, finite numbers, booleans, null; undefined members are left out).
 *
 * Strings are written plain only when that is unambiguous — they start with a letter or digit,
 * hold nothing YAML could read as markup (no ":", "#", line breaks, leading or trailing space)
 * and cannot be read as a number, boolean or null; everything else is double-quoted with JSON
 * escapes (valid YAML), plus escapes for the characters YAML does not allow unescaped.
 * `yaml.parse` of the output gives the data back (tests/unit/markdown-yaml.test.ts).
 */

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ,.'’‘“”"()/&%+\-–—…!?;@*=_$€£¥<>]*$/u;
const NUMBERISH = /^[-+.]?[0-9][0-9a-zA-Z._+-]*$/;
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);
// Not printable in YAML (c-printable), or read as line breaks by some parsers: always escaped.
const UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function scalarString(s: string): string {
  if (PLAIN.test(s) && !s.endsWith(' ') && !RESERVED.has(s.toLowerCase()) && !NUMBERISH.test(s)) return s;
  return JSON.stringify(s).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(value: unknown): string | null {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return scalarString(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return null;
  }
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const key = (k: string) => (KEY.test(k) && !RESERVED.has(k.toLowerCase()) ? k : scalarString(k));
const entries = (m: Record<string, unknown>) => Object.entries(m).filter(([, v]) => v !== undefined);

/** `value` after "key:" or "- " — a scalar or an empty collection on the same line, or null for a block. */
function inline(value: unknown): string | null {
  const s = scalar(value);
  if (s !== null) return s;
  if (Array.isArray(value)) return value.length ? null : '[]';
  if (isMap(value)) return entries(value).length ? null : '{}';
  throw new TypeError(`Cannot write ${typeof value} in YAML front matter`);
}

function writeMap(m: Record<string, unknown>, indent: string, out: string[], firstPrefix: string | null) {
  let first = true;
  for (const [k, v] of entries(m)) {
    out.push(first && firstPrefix !== null ? firstPrefix : indent, key(k), ':');
    first = false;
    writeValue(v, indent, out);
  }
}

/** Writes what follows "key:" (the key at `indent`), ending the line. */
function writeValue(v: unknown, indent: string, out: string[]) {
  const s = inline(v);
  if (s !== null) {
    out.push(' ', s, '\n');
    return;
  }
  out.push('\n');
  if (Array.isArray(v)) writeSeq(v, `${indent}  `, out);
  else writeMap(v as Record<string, unknown>, `${indent}  `, out, null);
}

function writeSeq(items: unknown[], indent: string, out: string[]) {
  for (const item of items) {
    const s = inline(item === undefined ? null : item);
    if (s !== null) out.push(indent, '- ', s, '\n');
    else if (Array.isArray(item)) {
      out.push(indent, '-\n');
      writeSeq(item, `${indent}  `, out);
    } else writeMap(item as Record<string, unknown>, `${indent}  `, out, `${indent}- `);
  }
}

/** The block-style YAML document for `data` (a map), ending with a newline. */
export function frontMatterYaml(data: Record<string, unknown>): string {
  const out: string[] = [];
  writeMap(data, '', out, null);
  return out.join('');
}
