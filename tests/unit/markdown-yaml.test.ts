// The front matter writer (shared/export/yaml.ts) against the `yaml` package: whatever it
// writes, yaml.parse reads back as the same data, and for story-like data it reads like the
// package's own output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { bodyNode } from '../../shared/article';
import { libraryPhotoLinker } from '../../shared/export';
import { markdownFrontMatter } from '../../shared/export/markdown';
import { frontMatterYaml } from '../../shared/export/yaml';
import { everyNodeArticle, sampleArticle } from '../support/export-fixtures';

const tricky = fc.constantFrom(
  '',
  ' ',
  'a ',
  ' a',
  'true',
  'False',
  'NULL',
  '~',
  'yes',
  'no',
  'on',
  '0',
  '-1',
  '1.5',
  '1e5',
  '0x1F',
  '.inf',
  '.nan',
  '1,000',
  '12:30',
  'a: b',
  'a #b',
  '#x',
  '- item',
  '? q',
  '[x]',
  '{x}',
  '*alias',
  '&anchor',
  '!tag',
  '%dir',
  '@at',
  '`tick',
  '|',
  '>',
  "'single'",
  '"double"',
  'line\nbreak',
  'tab\there',
  'a  b',
  '\u0085',
  '\u2028',
  '\ufeff',
  '\u007f',
  '\ud800',
  '\udc00',
  'caf\u00e9',
  'Zelenskyy\u2019s',
  '\u201cWe will,\u201d he said.',
  '2026-02-01T10:00:00.000Z',
  'x\r\ny',
);
const str = fc.oneof(
  tricky,
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '-', '"', "'", '\n', '1', '.', 'é') }),
);
const keyArb = fc.oneof(fc.constantFrom('headline', 'speakerId', 'true', 'a b', '1', '', '- x', 'key:'), fc.string());
const leaf = fc.oneof(str, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(keyArb, tie('v'), { maxKeys: 4 })),
})).v;
const doc = fc.dictionary(keyArb, value, { minKeys: 1, maxKeys: 6 });

describe('front matter YAML', () => {
  it('reads back as the same data (property)', () => {
    fc.assert(
      fc.property(doc, (d) => {
        // -0 becomes 0 in YAML as in JSON
        expect(parse(frontMatterYaml(d))).toEqual(JSON.parse(JSON.stringify(d)));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the sample and every-node articles as the yaml package reads them, and mostly as it writes them', () => {
    for (const article of [sampleArticle(), everyNodeArticle()]) {
      const data = markdownFrontMatter(article, bodyNode(article.body), libraryPhotoLinker);
      const ours = frontMatterYaml(data);
      const theirs = stringify(data, { lineWidth: 0 });
      expect(parse(ours)).toEqual(parse(theirs));
      const same = ours.split('\n').filter((line, i) => line === theirs.split('\n')[i]).length;
      expect(same / theirs.split('\n').length).toBeGreaterThan(0.8);
    }
  });

  it('leaves out undefined members and writes empty collections inline', () => {
    expect(frontMatterYaml({ a: undefined, b: [], c: {}, d: [null, [1, [2]], { e: 'f' }] })).toBe(
      'b: []\nc: {}\nd:\n  - null\n  -\n    - 1\n    -\n      - 2\n  - e: f\n',
    );
  });
});
